# An instance's own __del__ runs first, then weakref callbacks newest first, then its attributes die in order.
import weakref

class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)

class Owner:
    def __del__(self):
        print("Owner.__del__")

o = Owner()
o.first = Tag("attr first")
o.second = Tag("attr second")
r1 = weakref.ref(o, lambda r: print("callback 1"))
r2 = weakref.ref(o, lambda r: print("callback 2"))
r3 = weakref.ref(o, lambda r: print("callback 3"))
del o
print("done")
