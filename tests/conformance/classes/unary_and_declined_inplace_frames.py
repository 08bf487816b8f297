# __neg__/__pos__/__invert__ and += after a declined __iadd__: what the methods see and what failures release
import sys


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __neg__(self):
        print("  __neg__ sees self held", sys.getrefcount(self))
        return Money(-self.cents)

    def __pos__(self):
        return self

    def __invert__(self, *extra):
        return extra

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(250)
print(-m, +m is m, ~m, sys.getrefcount(m))
print(-Money(5))


class Strict:
    def __neg__(self, extra):
        return extra

    def __pos__(self):
        raise ValueError("no positive")

    def __del__(self):
        print("  Strict freed")


for op in (lambda: -Strict(), lambda: +Strict()):
    try:
        op()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Declines:
    def __init__(self, name):
        self.name = name

    def __iadd__(self, other):
        print("  __iadd__", self.name)
        return NotImplemented

    def __add__(self, other):
        print("  __add__", self.name, "refs", sys.getrefcount(self))
        return self.name + "+" + str(other) if isinstance(other, int) else NotImplemented


class Other:
    def __radd__(self, left):
        print("  __radd__ of", left.name)
        return "reflected"


d = Declines("d")
d += 1
print(d)
e = Declines("e")
e += Other()
print(e)
f = Declines("f")
try:
    f += object()
except TypeError as err:
    print(err)
