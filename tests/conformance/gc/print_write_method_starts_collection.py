# print() looks up the stream's write method for each piece it writes: that bound method counts as an allocation, so a print can start an automatic collection
import gc
gc.collect()
gc.set_threshold(5, 2, 2)
gc.collect(0)
counts = []
keep = []
for i in range(8):
    print("line", i)
    counts.append(gc.get_count())
    keep.append([i])
print(counts)
runs = []
gc.callbacks.append(lambda phase, info: runs.append(info["generation"]) if phase == "start" else None)
for i in range(12):
    keep.append([i])
    print(i, gc.get_count(), runs)
gc.callbacks.clear()
gc.set_threshold(700, 10, 10)
