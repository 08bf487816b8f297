# gc.freeze and DEBUG_SAVEALL
import gc
gc.collect()
class N:
    def __init__(self, name): self.name = name; self.ref = self
    def __repr__(self): return f"N({self.name})"
gc.set_debug(gc.DEBUG_SAVEALL)
a = N("a")
del a
print(gc.collect())
print(len(gc.garbage), [type(o).__name__ for o in gc.garbage])
gc.set_debug(0)
gc.garbage.clear()
print(gc.get_debug())
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
l = [1]; l.append(l)
del l
print(gc.collect())
print(gc.get_threshold())
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
