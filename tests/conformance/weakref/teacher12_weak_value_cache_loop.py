# A WeakValueDictionary as a cache: entries die as the loop rebinds the only strong reference
import weakref
class Image:
    def __init__(self, name): self.name = name
    def __repr__(self): return f"Image({self.name!r})"
    def __del__(self): print("evict", self.name)
cache = weakref.WeakValueDictionary()
def load(name):
    img = cache.get(name)
    if img is None:
        print("load", name)
        img = Image(name)
        cache[name] = img
    else:
        print("hit", name)
    return img
current = None
for name in ["a", "b", "a", "a", "c", "b"]:
    current = load(name)
    print(" cache keys:", sorted(cache.keys()), len(cache))
keep = load("c")
current = None
print("after reset:", sorted(cache), len(cache))
del keep
print("empty:", len(cache), list(cache.items()))
