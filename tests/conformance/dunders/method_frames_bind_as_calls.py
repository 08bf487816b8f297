# special methods with defaults, *args or the wrong arity run as frames bind as a call does
import sys
class A:
    def __add__(self, other, scale=1):
        return ("add", scale)
    def __eq__(self, *others):
        return len(others)
    def __len__(self, extra=0):
        return 3 + extra
    def __getattr__(self, name, *rest):
        return (name, rest)
    def __contains__(self, v, *, flag=False):
        return flag
    def __iter__(self):
        return self
    def __next__(self, stop=[0]):
        stop[0] += 1
        if stop[0] > 2:
            raise StopIteration
        return stop[0]
a = A()
print(a + 1, a == a, len(a), a.foo, 1 in a, list(a))
class Bad:
    def __add__(self):
        return 1
    def __lt__(self, a, b):
        return True
    def __len__(self, x):
        return 1
    def __getattr__(self):
        return 2
for expr in (lambda: Bad() + 1, lambda: Bad() < Bad(), lambda: len(Bad()), lambda: Bad().zz, lambda: getattr(Bad(), "q", 0), lambda: hasattr(Bad(), "q")):
    try:
        print(expr())
    except TypeError as e:
        print("TE", e)
b = Bad()
try:
    b + b
except TypeError as e:
    print("TE", e, sys.getrefcount(b))
Bad() + 2
