# Creating cycles in a loop triggers automatic collections of generation 0 (threshold 700).
import gc

class Node:
    pass

runs = []

def watch(phase, info):
    if phase == "stop":
        runs.append(info["generation"])

gc.collect()
gc.callbacks.append(watch)
for i in range(800):
    a = Node()
    b = Node()
    a.peer = b
    b.peer = a
gc.callbacks.remove(watch)
print("automatic collections:", len(runs))
print("generations:", runs)
