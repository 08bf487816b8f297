# A full collection waits until the objects moved to generation 2 since the last one are a quarter of those
# that survived it, and python3's start-up objects (modules, their functions, classes and dicts) are among them.
import gc
gc.collect()
gc.set_threshold(100, 2, 2)
events = []
def watch(phase, info):
    if phase == "start":
        events.append((info["generation"], len(kept)))
gc.callbacks.append(watch)
kept = []
for i in range(80):
    kept.append(list(map(list, [()] * 50)))
gc.callbacks.remove(watch)
print(len(events), "collections; full ones after", [n for g, n in events if g == 2], "groups of 51 objects kept")
print(gc.get_count())
