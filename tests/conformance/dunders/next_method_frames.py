# next() through Python __next__: counts, defaults, errors, exhaustion
import sys
sys.setrecursionlimit(300)  # a lower limit keeps these probes short
import sys
class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        print("next", sys.getrefcount(self), sys.getrefcount(Count.__next__))
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return [self.n]
c = Count(2)
a = next(c)
print(a, sys.getrefcount(a))
print(next(c, None))
print(next(c, "end"))
try:
    next(c)
except StopIteration as e:
    print("stop", e.args)
class Bad:
    def __next__(self):
        raise KeyError("k")
try:
    next(Bad(), 1)
except KeyError as e:
    print("key", e)
try:
    next(Bad())
except KeyError as e:
    print("key", e)
class Gen:
    def __iter__(self):
        return self
    def __next__(self):
        yield 1
g = next(Gen())
print(type(g).__name__)
for i in range(20):
    x = next(Count(1))
print(x)
def deep(n):
    class W:
        def __init__(s, inner):
            s.inner = inner
        def __next__(s):
            return next(s.inner)
    it = iter([1])
    for i in range(n):
        it = W(it)
    try:
        return next(it)
    except RecursionError:
        return "deep"
print([deep(n) for n in (296, 297, 298)])
