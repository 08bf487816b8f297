# With the collector disabled, allocation never triggers a collection; gc.collect() still works.
import gc

class Node:
    pass

runs = []
gc.collect()
gc.callbacks.append(lambda phase, info: runs.append(phase))
gc.disable()
for i in range(800):
    n = Node()
    n.me = n
print("automatic runs while disabled:", len(runs))
print("gen 0 count above threshold:", gc.get_count()[0] > 700)
print("manual collect:", gc.collect())
gc.enable()
print("phases seen:", runs)
