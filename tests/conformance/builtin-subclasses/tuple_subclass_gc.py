# Tuple subclass instances are tracked from birth and never untracked; cycles through their __dict__ or items are collected; no weak references; dealloc order
import gc
import sys
import weakref


class Node(tuple):
    def __del__(self):
        print("Node.__del__", len(self), sorted(self.__dict__))


class Plain(tuple):
    __slots__ = ()


gc.collect()
before = gc.get_count()[0]
one = Plain(["a", "b"])
after = gc.get_count()[0]
del one
print(after - before, gc.get_count()[0] - after)
p = Plain((1, 2))
e = Plain()
n = Node()
print(gc.is_tracked(p), gc.is_tracked(e), gc.is_tracked(n), gc.is_tracked((1, 2)), gc.is_tracked(()))
gc.collect()
print(gc.is_tracked(p), gc.is_tracked(e), gc.is_tracked(n))
print(len(gc.get_referents(p)), gc.get_referents(p)[0] is Plain, [type(x).__name__ for x in gc.get_referents(p)])
n.me = n
print(gc.get_referents(n)[0] is n.__dict__, gc.get_referents(n)[1] is Node)
del n
print("collected", gc.collect())
holder = []
cyc = Plain([holder, "x"])
holder.append(cyc)
del holder, cyc
print("collected", gc.collect())
try:
    weakref.ref(p)
except TypeError as err:
    print("TypeError", err)


class Weak(tuple):
    pass


try:
    weakref.ref(Weak())
except TypeError as err:
    print("TypeError", err)
print(hasattr(Weak(), "__weakref__"), "__weakref__" in Weak.__dict__, "__dict__" in Weak.__dict__, "__dict__" in Plain.__dict__)


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


t = Node([Loud("i0"), Loud("i1")])
t.attr = Loud("attr")
t.more = Loud("more")
print("deleting t")
del t
print("after t", sys.getrefcount(Node) > 0)
