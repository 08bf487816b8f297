# WeakValueDictionary as a cache: entries vanish when the last strong reference goes
import weakref, gc
class Image:
    def __init__(self, name):
        self.name = name
        print("load", name)
cache = weakref.WeakValueDictionary()
def get(name):
    img = cache.get(name)
    if img is None:
        img = Image(name)
        cache[name] = img
    return img
a = get("cat")
b = get("cat")
print(a is b, len(cache), sorted(cache.keys()))
c = get("dog")
print(len(cache))
del c
print(len(cache), "dog" in cache)
del a
print(len(cache))
del b
print(len(cache), list(cache.items()))
x = get("cycle")
x.me = x
del x
print("before collect", len(cache))
gc.collect()
print("after collect", len(cache))
