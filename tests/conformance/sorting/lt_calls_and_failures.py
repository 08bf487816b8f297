# list.sort and sorted call __lt__ in CPython's order for short lists (count_run, binarysort); a failing comparison leaves the list as far as it got.
calls = []
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return f"V{self.v}"
for data in ([3, 1, 2], [1, 2, 3, 4], [5, 4, 3, 2, 1], [2, 2, 1, 1, 3], [4, 1, 3, 1, 5, 9, 2, 6, 5, 3, 5], list(range(20, 0, -3)) + [7, 7]):
    calls.clear()
    out = sorted(V(x) for x in data)
    print(out, len(calls), calls[:8])
calls.clear()
items = [V(x) for x in [3, 1, 2, 1]]
items.sort(reverse=True)
print(items, calls)
calls.clear()
print(sorted([V(2), V(1), V(3)], key=lambda o: -o.v), calls)
class Boom:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 3 or o.v == 3: raise ValueError("no 3")
        return self.v < o.v
    def __repr__(self): return f"B{self.v}"
l = [Boom(x) for x in [5, 1, 4, 3, 2]]
try:
    l.sort()
except ValueError as e:
    print(e, l)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __del__(self): print("key freed", self.v)
print(sorted([3, 1, 2], key=K))
l2 = [Boom(x) for x in [2, 1, 4, 3, 5]]
try:
    l2.sort(reverse=True)
except ValueError as e:
    print(e, l2)
