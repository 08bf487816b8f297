# Unary operators and `+=` after __iadd__ declined run the class's methods as frames: they recurse to the limit
import sys
sys.setrecursionlimit(100)


class Peano:
    def __init__(self, prev):
        self.prev = prev

    def __neg__(self):
        return 0 if self.prev is None else -self.prev - 1

    def __invert__(self):
        return 0 if self.prev is None else ~self.prev + 1

    def __pos__(self):
        return 0 if self.prev is None else +self.prev + 1


class Acc:
    def __init__(self, n):
        self.n = n

    def __iadd__(self, other):
        return NotImplemented

    def __add__(self, other):
        if self.n == 0:
            return other
        rest = Acc(self.n - 1)
        rest += other
        return rest + 1 if isinstance(rest, int) else rest


def chain(n):
    p = Peano(None)
    for _ in range(n):
        p = Peano(p)
    return p


def at_limit(label, f, n):
    # n levels go through at this limit (python3's deepest), one more does not.
    print(label, n, f(n) is not None)
    try:
        f(n + 1)
    except RecursionError as e:
        print(label, n + 1, "RecursionError:", e)


def add_in_place(n):
    a = Acc(n)
    a += 1
    return a


at_limit("neg", lambda n: -chain(n), 96)
at_limit("invert", lambda n: ~chain(n), 96)
at_limit("pos", lambda n: +chain(n), 96)
at_limit("iadd declined", add_in_place, 95)
try:
    -chain(150)
except RecursionError as e:
    print(type(e).__name__, e)
