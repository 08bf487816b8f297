# heapq: nlargest, nsmallest (with and without key) and merge call __lt__ in CPython's order
import heapq
calls = []
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self): return f"V({self.v})"
data = [V(x) for x in [5, 1, 9, 3, 7, 2, 8, 6, 4, 0]]
for n in (0, 1, 3, 10, 12):
    calls.clear()
    print(n, heapq.nlargest(n, data), len(calls), calls[:6])
    calls.clear()
    print(n, heapq.nsmallest(n, data), len(calls), calls[:6])
calls.clear()
print(heapq.nlargest(3, iter(data)), calls)
calls.clear()
print(heapq.nsmallest(3, iter(data)), calls)
print(heapq.nlargest(3, [5, 1, 9, 3], key=lambda x: -x))
print(heapq.nsmallest(2, ["bb", "a", "ccc", "dd"], key=len))
print(heapq.nlargest(2, (x for x in range(10)), key=lambda x: x % 4))
print(heapq.nsmallest(3, []), heapq.nlargest(3, iter([])), heapq.nsmallest(1, []), heapq.nlargest(1, [4, 2], key=abs))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([], [1], [])))
calls.clear()
print(list(heapq.merge([V(1), V(4)], [V(2), V(3)])), calls)
