# gc.set_threshold, gc.get_referrers and gc.get_referents pack their arguments in a new tuple (METH_VARARGS), which gc.get_count() sees after a collection
import gc
class Node:
    def __init__(self, n): self.n = n; self.me = self
    def __del__(self): print("collected node", self.n)
box = [1]
holder = [box]
readings = []
for call in (lambda: gc.set_threshold(700, 10, 10), lambda: gc.set_threshold(700), lambda: gc.get_referents(box),
             lambda: gc.get_referrers(box), lambda: gc.get_referents(box, holder), lambda: gc.get_threshold()):
    gc.collect()
    call()
    readings.append(gc.get_count()[0])
print(readings)
print(len([r for r in gc.get_referrers(box) if r is holder]), len(gc.get_referrers(box, holder)))
gc.collect()
gc.set_threshold(10, 10, 10)
Node(1)
print("made 1")
junk = []
for i in range(12):
    junk.append([i])
print("appended", gc.get_count())
Node(2)
for i in range(9):
    junk.append({})
print("after dicts", gc.get_count())
gc.set_threshold(700, 10, 10)
print(gc.collect())
