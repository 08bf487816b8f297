# functools.lru_cache and cache: hits and misses, what the cache holds (keys: one int or str argument itself, else the argument tuple; results), eviction, cache_clear, methods, the wrapper's attributes, size and errors.
import functools, sys, gc
from functools import lru_cache, cache

@cache
def square(x):
    return [x * x]

key = "k" * 3
arg = (1, 2)
r1 = square(key)
r2 = square(arg)
print(sys.getrefcount(key), sys.getrefcount(arg), sys.getrefcount(r1), sys.getrefcount(r2))
print(square(key) is r1, square.cache_info(), type(square.cache_info()), square.cache_info().hits)
print(square.__wrapped__.__name__, square.__name__, square.__qualname__, list(square.__dict__), square.cache_parameters())
print(type(square), sys.getsizeof(square), gc.is_tracked(square))
square.cache_clear()
print(sys.getrefcount(key), sys.getrefcount(arg), sys.getrefcount(r1), square.cache_info())

@lru_cache(maxsize=2)
def ident(x):
    return [x]

a = ident(1000)
b = ident(2000)
c = ident(1000)
print(a is c, sys.getrefcount(a), ident.cache_info())
d = ident(3000)
print(sys.getrefcount(b), sys.getrefcount(a), ident.cache_info())
big = 10**20
e = ident(big)
print(sys.getrefcount(big), ident.cache_info())
ident.cache_clear()
print(sys.getrefcount(big), sys.getrefcount(a), ident.cache_info())

@lru_cache
def kw(a, b=1):
    return a + b
print(kw(1), kw(1, b=2), kw(a=1, b=2), kw(1, b=2), kw.cache_info())

class C:
    @lru_cache(maxsize=None)
    def m(self, x):
        return x * 2
o = C()
print(o.m(3), o.m(3), C.m.cache_info(), sys.getrefcount(o))
print(lru_cache(maxsize=0)(len)("abc"), lru_cache()(len).cache_info())
def f(x):
    return x
print(sys.getrefcount(f))
g = lru_cache(f)
print(sys.getrefcount(f))
del g
print(sys.getrefcount(f))
try:
    lru_cache("a")
except TypeError as e:
    print(e)
try:
    square([1])
except TypeError as e:
    print(e)
import copy
print(copy.copy(kw) is kw, copy.deepcopy(kw) is kw)
for call in (lambda: lru_cache(1, 2, 3), lambda: lru_cache(x=1), lambda: lru_cache(maxsize=None)(1), lambda: lru_cache(print, "typed"), lambda: lru_cache(-5)(len).cache_info(), lambda: cache()):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
