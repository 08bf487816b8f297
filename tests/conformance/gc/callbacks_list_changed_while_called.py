# gc.callbacks is read by index while the callbacks run: one that removes itself makes the next skipped, one appended runs in the same phase; each is held while it runs
import gc
gc.collect()
log = []
def first(phase, info):
    log.append(("first", phase))
    if phase == "stop":
        gc.callbacks.remove(first)
def second(phase, info):
    log.append(("second", phase, info["collected"]))
gc.callbacks.extend([first, second])
a = []; a.append(a); del a
gc.collect()
gc.collect()
print(log)
gc.callbacks.clear()
import gc, sys
gc.collect()
seen = []
def cb(phase, info):
    seen.append((phase, sys.getrefcount(cb)))
    if phase == "start":
        gc.callbacks.append(late)
def late(phase, info):
    seen.append(("late", phase))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.clear()
print(seen)
