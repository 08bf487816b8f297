# sys.stdout.write takes one str and returns its length in code points; its errors name TextIOWrapper.write
import sys
n = sys.stdout.write("abc\n")
m = sys.stdout.write("héllo €\n")
print(n, m)
for args in [(), ("a", "b"), (5,), (None,), (b"x",)]:
    try:
        sys.stdout.write(*args)
    except TypeError as e:
        print(e)
try:
    sys.stdout.write(s="x")
except TypeError as e:
    print(e)
print("a", "b", sep=None, end=None)
print("x", file=None)
for kw in [{"sep": 1}, {"end": 2}, {"file": 3}, {"bad": 1}]:
    try:
        print("q", **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
