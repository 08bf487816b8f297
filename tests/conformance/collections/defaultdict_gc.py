# A defaultdict releases its default_factory first, then its entries; a cycle through the factory is collected
import gc
import sys
import weakref
from collections import defaultdict

class Noisy:
    def __init__(self, name):
        self.name = name
    def __call__(self):
        return Noisy(self.name + "'")
    def __del__(self):
        print("del", self.name)

dd = defaultdict(Noisy("factory"))
dd["k"]
dd["j"] = Noisy("value")
print(sorted(dd), sys.getrefcount(dd["k"]))
print("dropping")
del dd
print("dropped")

gc.collect()
dd = defaultdict(list)
dd.default_factory = lambda: dd
print(dd["self"] is dd, sys.getrefcount(dd))
r = weakref.ref(dd.default_factory)
del dd
print("factory alive", r() is not None)
print("collected", gc.collect())
print("factory alive", r() is not None)

box = defaultdict(list)
box["me"].append(box)
del box
print("collected", gc.collect())
try:
    weakref.ref(defaultdict())
except TypeError as exc:
    print("TypeError:", exc)
