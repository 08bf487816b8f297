# an LRU cache built on OrderedDict next to functools.lru_cache and its cache_info
import sys, gc
from collections import OrderedDict
from functools import lru_cache

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0
    def get(self, key, compute):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        value = compute(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old_key, old_value = self.data.popitem(last=False)
            print("  evict", old_key, "refs", sys.getrefcount(old_value))
        return value

class Payload:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("  payload freed", self.n)

gc.collect()
cache = LRU(3)
for k in [1, 2, 3, 1, 4, 2, 5, 1]:
    p = cache.get(k, Payload)
    print(k, "->", p.n, "refs", sys.getrefcount(p))
del p
print("keys", list(cache.data), "hits", cache.hits, "misses", cache.misses)

@lru_cache(maxsize=3)
def square(n):
    print("  computing", n)
    return [n * n]

for k in [2, 3, 2, 4, 5, 2, 3]:
    r = square(k)
    print(k, r, "refs", sys.getrefcount(r))
del r
print(square.cache_info())
print("tracked:", gc.is_tracked(square))
square.cache_clear()
print(square.cache_info())

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
print("collect:", gc.collect())
cache.data.clear()
print("end")
