# Identity puzzles: small ints and constants, interned strings and sys.intern, () is (), aliasing, += on a tuple item; "is" with a literal warns at compile time.
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e)
print(t)
a = 256; b = 256; c = 257; d = 257
print(a is b, c is d, id(a) == id(256))
s1 = "hello_world"; s2 = "hello_" + "world"; s3 = "".join(["hello_", "world"])
print(s1 is s2, s1 is s3, s1 == s3)
import sys
s4 = sys.intern(s3) if hasattr(sys, "intern") else s1
print(s4 is s1)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
lst = [1, 2, 3, 4]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
x = [1, 2]
y = x
x += [3]
print(y, x is y)
x = x + [4]
print(y, x is y)
def f(n, acc=[]):
    acc.append(n)
    return acc
print(f(1), f(2), f.__defaults__)
n = 5
def g():
    return n
n = 6
print(g())
print([i for i in range(3)] is [i for i in range(3)], () is (), [] is [])
try:
    "abc"[0] = "z"
except TypeError as e:
    print(e)
try:
    hash([1])
except TypeError as e:
    print(e)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, round(0.1 + 0.2, 10) == 0.3)
print(bool([]), bool([0]), bool(""), bool(" "), bool(0.0), bool(None), bool({}), bool(set()))
x = 300
if x is 300:
    print("same")
if x is not None and x is not (1, 2):
    pass
def f():
    return x is -1 or 1 is 1 is x
print(f(), x is ..., x is True)
try:
    pass
finally:
    y = x is 5
