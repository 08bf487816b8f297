# hash() and iter() run a class's Python __hash__ and __iter__ as frames: counts, results, errors
import sys
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print("hash", sys.getrefcount(self))
        return self.v
    def __iter__(self):
        print("iter", sys.getrefcount(self))
        return iter([self.v])
    def __del__(self):
        print("del", self.v)
h = H(5)
for i in range(10):
    print(hash(h), list(iter(h)))
print(hash(H(-1)), hash(H(2**70)) == hash(2**70), next(iter(H(9))))
class Bad:
    def __init__(self, r):
        self.r = r
    def __hash__(self):
        return self.r
    def __iter__(self):
        return self.r
for r in ("s", 1.5, [1], None):
    for op in (hash, iter):
        try:
            print(op(Bad(r)))
        except TypeError as e:
            print("TypeError", e)
class Raises:
    def __hash__(self):
        raise KeyError("h")
    def __iter__(self):
        raise ValueError("i")
for op in (hash, iter):
    try:
        op(Raises())
    except Exception as e:
        print(type(e).__name__, e)
class NoHash:
    __hash__ = None
    __iter__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)
try:
    iter(NoHash())
except TypeError as e:
    print("TypeError", e)
class Gen:
    def __iter__(self):
        yield 1
        yield 2
print(list(iter(Gen())))
