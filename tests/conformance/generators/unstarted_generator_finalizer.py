# A generator never started is finalized too (gen_close clears its frame), and its weakrefs are cleared first
import gc, weakref
class Arg:
    def __init__(self, tag): self.tag = tag
    def __del__(self): print("Arg freed", self.tag)
def walk(x):
    yield x
class Holder:
    # self -> its dict -> the unstarted generator -> its frame's argument -> self
    def __init__(self):
        self.gen = walk(self)
    def __del__(self): print("Holder finalized")
gc.collect()
h = Holder()
del h
print("cycle left")
# The generator's finalizer clears its frame in the finalize phase: the Holder's last reference goes, so the
# whole cycle is freed there and delete_garbage finds nothing left to count.
print("collected", gc.collect())
def started(tag):
    try:
        yield 1
    finally:
        print("finally", tag, "weakref dead:", w() is None)
g = started("a")
next(g)
w = weakref.ref(g, lambda r: print("callback a"))
del g
g = walk(Arg("unstarted"))
w2 = weakref.ref(g, lambda r: print("callback b"))
del g
print("end")
