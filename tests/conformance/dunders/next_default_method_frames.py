# next(it, default) through a Python __next__: StopIteration cleared, other errors kept, depth
import sys
sys.setrecursionlimit(300)  # a lower limit keeps these probes short
import sys
class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        print("next", sys.getrefcount(self))
        if self.n <= 0:
            raise StopIteration("spent")
        self.n -= 1
        return self.n
c = Count(1)
d = ["default"]
print(next(c, d), next(c, d), sys.getrefcount(d))
class SubStop(StopIteration):
    pass
class S:
    def __next__(self):
        raise SubStop(1)
print(next(S(), "sub"))
class K:
    def __next__(self):
        raise KeyError("k")
try:
    next(K(), 0)
except KeyError as e:
    print("key", e)
try:
    raise ValueError("outer")
except ValueError:
    print(next(S(), "in handler"))
    try:
        raise TypeError("t")
    except TypeError as t:
        print(repr(t.__context__))
class Chain:
    def __init__(self, inner):
        self.inner = inner
    def __next__(self):
        return next(self.inner, None)
def deep(n):
    it = Count(0)
    for i in range(n):
        it = Chain(it)
    try:
        return next(it, "x")
    except RecursionError:
        return "deep"
print([deep(n) for n in (5, 290, 292, 294)])
for i in range(20):
    r = next(Count(0), i)
print(r)
