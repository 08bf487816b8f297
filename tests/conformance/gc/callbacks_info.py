# gc.callbacks receive ("start"|"stop", info) with generation, collected and uncollectable.
import gc

class Node:
    pass

log = []

def watch(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))

gc.collect()
gc.callbacks.append(watch)
a = Node()
a.me = a
del a
gc.collect()
gc.collect(0)
gc.callbacks.remove(watch)
for entry in log:
    print(entry)
