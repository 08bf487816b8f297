# gc: freeze, get_freeze_count, get_stats shape, thresholds, callbacks info, is_finalized
import gc
gc.collect()
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.isenabled())
gc.disable(); print(gc.isenabled()); gc.enable()
print(gc.get_freeze_count())
class A:
    def __del__(self):
        pass
a = A()
print(gc.is_finalized(a))
b = A(); b.s = b
del b
gc.collect()
info = []
def cb(phase, d):
    info.append((phase, sorted(d)))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(info)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
x = []; x.append(x)
del x
print(gc.collect(0), gc.collect(1), gc.collect(2))
try:
    gc.collect(3)
except ValueError as e:
    print(e)
print(gc.garbage, gc.DEBUG_LEAK, gc.DEBUG_SAVEALL)
