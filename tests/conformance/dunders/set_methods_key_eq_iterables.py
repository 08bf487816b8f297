# Set methods and dict keys views with user-hashed keys: which operand is walked (a list one item at a time, hashed once), which is probed, and when the walk stops.
class K:
    def __init__(self, n): self.n = n
    def __hash__(self):
        print("hash", self.n)
        return 7
    def __eq__(self, o):
        print("eq", self.n, o.n)
        return self.n == o.n
    def __repr__(self): return f"K{self.n}"
ks = [K(i) for i in range(3)]
d = {k: 0 for k in ks}
e = {ks[1]: 1, K(5): 5}
print("keys - keys"); print(d.keys() - e.keys())
print("keys | keys"); print(d.keys() | e.keys())
print("keys ^ keys"); print(d.keys() ^ e.keys())
print("keys & keys"); print(d.keys() & e.keys())
print("keys ^ list"); print(d.keys() ^ [K(2), K(6)])
print("keys == set"); print(d.keys() == set(ks))
s = set(ks)
print("intersection list"); print(s.intersection([K(1), K(7)]))
print("difference list"); print(s.difference([K(1)]))
print("symdiff list"); print(s.symmetric_difference([K(1), K(8)]))
print("issuperset list"); print(s.issuperset([K(1)]))
print("isdisjoint list"); print(s.isdisjoint([K(9)]))
print("issubset list"); print(s.issubset([K(0), K(1), K(2), K(3)]))
print("update list"); s.update([K(1), K(4)])
print("difference_update"); s.difference_update([K(4)])
print("intersection_update"); s.intersection_update([K(0), K(1)])
print(s)
