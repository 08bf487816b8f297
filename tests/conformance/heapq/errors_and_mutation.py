# heapq: argument errors with CPython's messages, a __lt__ that raises or changes the heap, and the max-heap helpers nsmallest uses
import heapq, sys
for bad in [
    lambda: heapq.heappush([]),
    lambda: heapq.heappush([], 1, x=2),
    lambda: heapq.heappop(()),
    lambda: heapq.heappop([]),
    lambda: heapq.heappop(),
    lambda: heapq.heappop(h=[]),
    lambda: heapq.heapify(1, 2),
    lambda: heapq.heapify(()),
    lambda: heapq.heappush((), 1),
    lambda: heapq.heapreplace((), 1),
    lambda: heapq.heapreplace([], 1),
    lambda: heapq.heapreplace([]),
    lambda: heapq.heappushpop((), 1),
    lambda: heapq.heappushpop([], 1, 2),
    lambda: heapq.heappush([1], "a"),
    lambda: heapq.heapify([1, "a", 2]),
    lambda: heapq.nlargest(),
    lambda: heapq.nsmallest(2, 5),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        if self.v == 99 or other.v == 99:
            raise ValueError("no order")
        return self.v < other.v
    def __del__(self): print("del", self.v)
h = [Bad(1), Bad(2), Bad(3)]
try:
    heapq.heapreplace(h, Bad(99))
except ValueError as e:
    print("raised", e)
print([b.v for b in h])
class Grow:
    def __init__(self, v, heap): self.v, self.heap = v, heap
    def __lt__(self, other):
        self.heap.append(Grow(0, None))
        return self.v < other.v
    def __repr__(self): return f"G{self.v}"
g = []
g.append(Grow(5, g))
try:
    heapq.heappush(g, Grow(1, g))
except RuntimeError as e:
    print("RuntimeError", e, len(g))
g.clear()
print(heapq.heappushpop([], 5), heapq.heappushpop([1], 0), heapq.heappushpop([1, 2], 3))
mx = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(mx)
print(mx, heapq._heappop_max(mx), heapq._heapreplace_max(mx, 0), mx)
tuples = []
for t in [(2, "b"), (1, "z"), (2, "a"), (1, "y")]:
    heapq.heappush(tuples, t)
print([heapq.heappop(tuples) for _ in range(4)])
print(h[0].v)
del h
