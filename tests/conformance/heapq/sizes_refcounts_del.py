# heapq grows and shrinks the heap through list_resize (sys.getsizeof), keeps one reference per pushed item, and hands the popped one to the caller
import heapq, sys, gc
class Item:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v < other.v
    def __del__(self): print("del", self.v)
h = []
sizes = []
for i in range(20):
    heapq.heappush(h, 20 - i)
    sizes.append(sys.getsizeof(h))
print(sizes)
pops = []
while h:
    heapq.heappop(h)
    pops.append(sys.getsizeof(h))
print(pops)
a = Item(3)
print(sys.getrefcount(a))
heapq.heappush(h, a)
print(sys.getrefcount(a))
heapq.heappush(h, Item(1))
heapq.heappush(h, Item(2))
print([x.v for x in h])
x = heapq.heappop(h)
print(x.v, sys.getrefcount(x))
del x
print("after del")
r = heapq.heapreplace(h, Item(0))
print(r.v, sys.getrefcount(r), [y.v for y in h])
del r
print(heapq.heappushpop(h, Item(-1)).v)
print(heapq.heappushpop(h, Item(10)).v)
print(sys.getsizeof(h), len(h))
b = gc.get_count()[0]
heapq.heappush(h, Item(5))
heapq.heappop(h)
print("count delta", gc.get_count()[0] - b)
print("end", a.v)
del h, a
print("done")
