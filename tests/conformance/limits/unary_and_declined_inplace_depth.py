# Unary operators and `+=` after __iadd__ declined run the class's methods as frames: they recurse to the limit
import sys
sys.setrecursionlimit(300)


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


def deepest(f):
    lo, hi = 0, 400
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            f(mid)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo


print("neg", deepest(lambda n: -chain(n)))
print("invert", deepest(lambda n: ~chain(n)))
print("pos", deepest(lambda n: +chain(n)))


def add_in_place(n):
    a = Acc(n)
    a += 1
    return a


print("iadd declined", deepest(add_in_place))
try:
    -chain(350)
except RecursionError as e:
    print(type(e).__name__, e)
