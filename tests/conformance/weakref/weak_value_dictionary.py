# A WeakValueDictionary drops entries whose values die.
import weakref

class Image:
    def __init__(self, name):
        self.name = name

cache = weakref.WeakValueDictionary()
a = Image("a")
b = Image("b")
cache["a"] = a
cache["b"] = b
print(sorted(cache.keys()), len(cache))
del a
print(sorted(cache.keys()), len(cache))
print("b" in cache, cache["b"].name)
print(cache.get("a", "gone"))
