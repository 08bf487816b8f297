# A full collection runs only when long_lived_pending > long_lived_total / 4, so full collections thin out.
import gc

class Node:
    pass

full_at = []
collections = []

def watch(phase, info):
    if phase == "stop":
        collections.append(info["generation"])
        if info["generation"] == 2:
            full_at.append(len(collections))

keep = []
gc.collect()
gc.freeze()
gc.collect()
gc.set_threshold(10, 2, 2)
gc.callbacks.append(watch)
for i in range(1000):
    keep.append(Node())
gc.callbacks.remove(watch)
gc.set_threshold(700, 10, 10)
print("by generation:", [collections.count(g) for g in range(3)])
print("full collections at:", full_at)
