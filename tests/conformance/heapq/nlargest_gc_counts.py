# nlargest and nsmallest allocate CPython's tuples, lists and cells (gc.get_count), and a key sees the counts Lib/heapq.py's frames give
import heapq, gc, sys
gc.disable()
data = list(range(40, 0, -3))
calls = [
    lambda: heapq.nlargest(3, data),
    lambda: heapq.nsmallest(3, data),
    lambda: heapq.nlargest(3, iter(data)),
    lambda: heapq.nsmallest(4, iter(data), key=lambda x: x % 7),
    lambda: heapq.nlargest(1, data),
    lambda: heapq.nlargest(50, data),
    lambda: heapq.nsmallest(5, data, key=abs),
    lambda: heapq.nlargest(2, (x for x in data), key=lambda x: -x),
]
# The first calls make what CPython makes once (keyword-name tuples of its argument parsers); print() fills
# free lists in CPython only, so nothing is printed until the counts are taken. The collection empties the
# free lists, as pymem starts.
for f in calls:
    f()
gc.collect()
deltas = []
for f in calls + calls:
    before = gc.get_count()[0]
    f()
    deltas.append(gc.get_count()[0] - before)
print(deltas)
class Obj:
    def __init__(self, v): self.v = v
seen = []
def key(o):
    seen.append(sys.getrefcount(o))
    return o.v
objs = [Obj(v) for v in (5, 2, 9, 1, 7, 3)]
print([o.v for o in heapq.nlargest(2, objs, key=key)], seen)
seen.clear()
print([o.v for o in heapq.nsmallest(2, iter(objs), key=key)], seen)
seen.clear()
print([o.v for o in heapq.nsmallest(9, objs, key=key)], seen)
print([sys.getrefcount(o) for o in objs])
