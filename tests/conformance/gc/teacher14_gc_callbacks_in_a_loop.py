# Automatic collection in a loop: gc.callbacks report each run as cycles pile up (thresholds 700, 10, 10)
import gc

class Node:
    pass

events = []
def watch(phase, info):
    if phase == 'stop':
        events.append((info['generation'], info['collected']))

gc.collect()
gc.callbacks.append(watch)
print('threshold', gc.get_threshold())
for i in range(3000):
    n = Node()
    n.me = n
print('collections seen', len(events))
print('by generation', {g: sum(1 for e in events if e[0] == g) for g in (0, 1, 2)})
print('first few', events[:3])
print('total collected', sum(c for g, c in events))
gc.callbacks.remove(watch)
print('final', gc.collect() >= 0, gc.get_count()[1:])
gc.set_threshold(100, 5, 5)
events.clear()
gc.callbacks.append(watch)
for i in range(500):
    n = Node()
    n.me = n
print('with threshold 100', len(events), events[:2])
gc.callbacks.remove(watch)
gc.set_threshold(700, 10, 10)
del n
print(gc.collect())
