# A set of user-hashed items reuses the last deleted slot its probes passed (set_add_entry), so iteration, pop() and sizes follow CPython's table after discards; clear() returns to the small table.
import sys
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n % 3
    def __eq__(self, o): return self.n == o.n
    def __repr__(self): return f"K{self.n}"
s = set()
sizes = []
for i in range(40):
    s.add(K(i))
    sizes.append(sys.getsizeof(s))
for i in range(0, 40, 2):
    s.discard(K(i))
for i in range(40, 60):
    s.add(K(i))
    sizes.append(sys.getsizeof(s))
print(sizes)
print(s.pop(), s.pop(), len(s))
print(sorted(s, key=lambda k: k.n)[:5])
d = {K(i): i for i in range(10)}
print(d.popitem(), d.popitem(), len(d), K(3) in d, K(9) in d)
print(sys.getsizeof(d))
d.clear()
d[K(1)] = 1
print(d, sys.getsizeof(d))
s.clear(); s.add(K(4)); print(s, sys.getsizeof(s))
f = frozenset(K(i) for i in range(6))
print(sorted(f, key=lambda k: k.n), sys.getsizeof(f), list(f))
s = set()
for i in range(40):
    s.add(K(i))
for i in range(0, 40, 2):
    s.discard(K(i))
print(sys.getsizeof(s), list(s))
for i in range(40, 60):
    s.add(K(i))
    print(i, sys.getsizeof(s), list(s))
