# The memory side of functools caches: a cached method keeps every self alive, cycles through a cache reclaimed by gc.collect(), and the order a dying cache releases what it holds.
import functools
import gc
import sys
import weakref

class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
    @functools.lru_cache(maxsize=None)
    def size(self):
        return len(self.name)

it = Item("kept by the cache")
r = weakref.ref(it)
print(it.size(), sys.getrefcount(it))
del it
print("still alive:", r() is not None, Item.size.cache_info())
Item.size.cache_clear()
print("after clear:", r())

gc.collect()
gc.disable()

@functools.lru_cache(maxsize=4)
def node(n):
    return [n, node]

first = node(1)
print(first[1] is node, sys.getrefcount(node))
del node, first
print("collected", gc.collect())

@functools.cache
def self_ref(n):
    return [n]

self_ref.me = self_ref
self_ref(Item("result arg"))
del self_ref
print("collected", gc.collect())
gc.enable()

def make():
    return Item("result")

cached = functools.lru_cache(maxsize=2)(lambda key: Item("value " + key.name))
k1 = Item("key1")
k2 = Item("key2")
v1 = cached(k1)
v2 = cached(k2)
del v1, v2
print("evict")
cached(Item("key3"))
print("clear")
cached.cache_clear()
del k1, k2
print("dealloc")
c2 = functools.cache(lambda key: Item("v " + key))
c2("a")
c2("b")
del c2
print("end")
