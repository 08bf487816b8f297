# Keys of equal hash are compared in the order they sit along the probe sequence: a new key takes a deleted key's slot, and a resize puts them back in insertion order.
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 7
    def __eq__(self, other):
        print(f"  eq K{self.n} K{other.n}")
        return self.n == other.n
    def __repr__(self):
        return f"K{self.n}"

d = {}
for i in (1, 2, 3):
    d[K(i)] = i
print("delete K2")
del d[K(2)]
print("insert K4")
d[K(4)] = 4
print("look up K4")
d[K(4)]
print(d)
for i in range(5, 8):
    print("insert", i)
    d[K(i)] = i
del d[K(1)]
del d[K(3)]
print("insert K9")
d[K(9)] = 9
print("look up K9")
d[K(9)]
print(d)
print("copy and dict(): no comparisons")
c = d.copy()
c2 = dict(d)
c3 = {**d}
print("look up K9 in the copy")
c[K(9)]
print("merge into a dict with a key")
m = {K(0): 0}
m.update(d)
print(m)
print("dicts compared")
print(d == c, d == m)
