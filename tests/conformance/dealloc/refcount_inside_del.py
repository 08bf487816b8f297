# inside __del__ the object still exists: its refcount is read as CPython sees it while finalizing
import sys, gc
class Probe:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag, "refcount inside", sys.getrefcount(self))
p = Probe("plain")
del p
items = [Probe("in list")]
items.pop()
print("popped")
gc.collect()
c = Probe("cycle")
c.me = c
del c
print("collect:", gc.collect())
def f():
    local = Probe("local")
f()
print("end")
