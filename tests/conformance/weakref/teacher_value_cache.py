# weakref callbacks and WeakValueDictionary cache
import weakref, gc
class Big:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Big({self.n})"
cache = weakref.WeakValueDictionary()
def get(n):
    try:
        obj = cache[n]
        print("hit", n)
    except KeyError:
        obj = Big(n)
        cache[n] = obj
        print("miss", n)
    return obj
a = get(1)
b = get(1)
print(a is b, len(cache))
del a
print(len(cache))
del b
print(len(cache), list(cache.keys()))
c = get(2)
r = weakref.ref(c, lambda w: print("callback", w() is None))
print(r())
del c
print(r(), len(cache))
keys = [get(i) for i in range(5)]
print(sorted(cache.keys()))
del keys[1:3]
print(sorted(cache.keys()))
