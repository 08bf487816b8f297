# heapq's sift loops call __lt__ in CPython's order, holding both items while comparing (heappushpop holds only the root)
import heapq, sys
class A:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v, sys.getrefcount(self), sys.getrefcount(other))
        return self.v < other.v
h = []
for v in [5, 3, 8, 1, 9, 2]:
    print("push", v)
    heapq.heappush(h, A(v))
print([a.v for a in h])
print("pop")
x = heapq.heappop(h)
print(x.v, sys.getrefcount(x))
print("pushpop")
print(heapq.heappushpop(h, A(0)).v)
print(heapq.heappushpop(h, A(7)).v)
print("replace")
r = heapq.heapreplace(h, A(6))
print(r.v, [a.v for a in h])
print("heapify")
l = [A(v) for v in [9, 4, 7, 1, 8, 2, 6]]
heapq.heapify(l)
print([a.v for a in l])
print("max variants")
m = [A(v) for v in [2, 7, 4, 9]]
heapq._heapify_max(m)
print(heapq._heappop_max(m).v, heapq._heapreplace_max(m, A(5)).v, [a.v for a in m])
