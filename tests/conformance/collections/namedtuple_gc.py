# namedtuple classes and instances and the collector: instances are tracked, cycles through them are collected, a dropped class is freed by gc.collect()
import gc
from collections import namedtuple

gc.collect()
Pair = namedtuple("Pair", "left right")
p = Pair(1, 2)
print(gc.is_tracked(p), gc.is_tracked(Pair(1, 2)), gc.is_tracked((1, 2)))
gc.collect()
print(gc.is_tracked(p), [type(o).__name__ for o in gc.get_referents(p)])
print([type(o).__name__ for o in gc.get_referents(Pair.left)])
box = []
cyc = Pair(box, "x")
box.append(cyc)
del box, cyc
print("collected", gc.collect())


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


holder = [Loud("in cycle")]
cyc = Pair(holder, Loud("right"))
holder.append(cyc)
del holder, cyc
print("collecting")
print("collected", gc.collect())
del Pair, p
print("class collected", gc.collect())
Three = namedtuple("Three", "a b c", defaults=[None])
del Three
print("class with defaults collected", gc.collect())


class Sub(namedtuple("Base", "x")):
    pass


del Sub
print("subclass collected", gc.collect())
