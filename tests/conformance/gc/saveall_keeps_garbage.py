# gc.DEBUG_SAVEALL keeps what the collector found in gc.garbage
import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = []
b = [a]
a.append(b)
del a, b
n = gc.collect()
print(n, len(gc.garbage))
print(sorted(type(x).__name__ for x in gc.garbage))
print(gc.get_debug() == gc.DEBUG_SAVEALL)
gc.set_debug(0)
for x in gc.garbage:
    x.clear()
gc.garbage.clear()
print(gc.collect())
class C:
    pass
c = C(); c.me = c
del c
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.collect(), sorted(type(x).__name__ for x in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
