# When the collector frees a cycle whose members are cached in a WeakValueDictionary, the user's own
# callback runs first (newest weakref first), then the cache's callbacks drop the entries; the
# KeyedRefs they free count in gc.collect()'s result.
import gc, sys, weakref
gc.disable()

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

cache = weakref.WeakValueDictionary()
x = Node("x")
y = Node("y")
x.other = y
y.other = x
cache["x"] = x
cache["y"] = y
print(sys.getrefcount(cache._remove), sys.getrefcount(cache.data), sys.getrefcount(x))
def gone(r):
    print("user callback, cache has", len(cache))
rx = weakref.ref(x, gone)
del x, y
print(len(cache))
print("collected", gc.collect(), len(cache))

keys = weakref.WeakKeyDictionary()
p = Node("p")
keys[p] = p    # the value keeps its own key alive: the entry never goes
del p
print(len(keys), gc.collect(), len(keys))

holder = Node("holder")
holder.cache = weakref.WeakValueDictionary()
holder.cache["me"] = holder
del holder
print("collected", gc.collect())
print(gc.is_tracked(cache), gc.is_tracked(cache.data))
