# functools.lru_cache keeps its arguments and results alive until cache_clear()
import functools, sys, weakref, gc

class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n
    def __del__(self):
        print('  free Key', self.n)

class Result:
    def __init__(self, v):
        self.v = v
    def __del__(self):
        print('  free Result', self.v)

@functools.lru_cache(maxsize=2)
def compute(key):
    return Result(key.n * 10)

k1 = Key(1)
print('count before', sys.getrefcount(k1))
r = compute(k1)
print('count after call', sys.getrefcount(k1), 'result count', sys.getrefcount(r))
print(compute.cache_info())
del k1, r
print('deleted ours: nothing freed yet')
compute(Key(2))
print('second entry')
compute(Key(3))
print('third entry evicts first')
print(compute.cache_info())
print('hit', compute(Key(3)).v)
compute.cache_clear()
print('cleared', compute.cache_info())

@functools.lru_cache(maxsize=None)
def square(x):
    return [x * x]

vals = [square(i) for i in range(4)]
print('same list from cache', square(2) is vals[2], sys.getrefcount(vals[2]))
print(square.cache_info())
square.cache_clear()
print('after clear count', sys.getrefcount(vals[2]))

@functools.cache
def ident(obj):
    return obj

w = Key(9)
ident(w)
ref = weakref.ref(w)
del w
print('alive through cache', ref() is not None)
ident.cache_clear()
print('dead after clear', ref() is None)
