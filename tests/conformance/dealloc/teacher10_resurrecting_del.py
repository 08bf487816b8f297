# a __del__ that resurrects its object: called once, refcounts, gc behaviour
import gc, sys

saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name, "refs", sys.getrefcount(self))
        saved.append(self)

gc.collect()
p = Phoenix("one")
del p
print("saved:", [x.name for x in saved], sys.getrefcount(saved[0]))
saved.clear()
print("cleared: __del__ not called again")

q = Phoenix("two")
q.self = q
del q
print("collect:", gc.collect())
print("saved:", [x.name for x in saved])
print("tracked:", gc.is_tracked(saved[0]))
saved[0].self = None
saved.clear()
print("collect again:", gc.collect())

class Lazarus:
    count = 0
    def __del__(self):
        Lazarus.count += 1
        print("  lazarus del #", Lazarus.count)
        if Lazarus.count < 3:
            global keep
            keep = self
keep = Lazarus()
for i in range(3):
    print("round", i)
    keep = None
print("count", Lazarus.count)
