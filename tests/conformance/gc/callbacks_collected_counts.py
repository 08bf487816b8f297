# gc.callbacks receive ("start"|"stop", info) with generation, collected, uncollectable
import gc
gc.collect()
events = []
def cb(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))
gc.callbacks.append(cb)
class C:
    pass
for _ in range(3):
    c = C()
    c.me = c
del c
gc.collect()
gc.collect(1)
gc.callbacks.remove(cb)
for e in events:
    print(e)
print(len(gc.callbacks))
print(sorted(info_keys for info_keys in ["generation", "collected", "uncollectable"]))
