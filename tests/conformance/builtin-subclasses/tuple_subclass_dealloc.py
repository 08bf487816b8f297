# What a tuple subclass's __new__ holds and releases: the class and argument tuples seen from inside, a failing __new__, resurrection in __del__, items dying last to first after the __dict__
import gc
import sys


class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Probe(tuple):
    def __new__(cls, items):
        print("in __new__", sys.getrefcount(items))
        self = super().__new__(cls, items)
        print("made", sys.getrefcount(self), sys.getrefcount(items), len(self))
        return self


lst = [Item("l0"), Item("l1")]
pr = Probe(lst)
print(sys.getrefcount(lst), sys.getrefcount(lst[0]), sys.getrefcount(pr))
del lst
print("list gone", sys.getrefcount(pr[0]))
del pr
print("probe gone")


class Failing(tuple):
    def __new__(cls, items):
        self = super().__new__(cls, items)
        raise RuntimeError("no")


held = Item("held")
try:
    Failing([held, Item("temp")])
except RuntimeError as e:
    print("RuntimeError", e, sys.getrefcount(held))
print("after failing")
survivors = []


class Phoenix(tuple):
    def __del__(self):
        print("Phoenix.__del__", len(self))
        survivors.append(self)


ph = Phoenix([Item("p0")])
del ph
print("resurrected", len(survivors), type(survivors[0]).__name__, survivors[0][0].name)
survivors.clear()
print("cleared")


class Holder(tuple):
    pass


h = Holder([Item("i0"), Item("i1"), Item("i2")])
h.first = Item("attr first")
h.second = Item("attr second")
print("deleting holder")
del h
print("after holder")
gc.collect()
ring = Holder([Item("ring item")])
ring.me = ring
del ring
print("collecting ring")
print("collected", gc.collect())
