# Dict keys of equal hash are told apart by the stored key's __eq__, called in probe order: False keeps two keys, True one (the first key object, the last value).
class K:
    def __init__(self, n, same=False):
        self.n = n
        self.same = same
    def __hash__(self):
        return 7
    def __eq__(self, other):
        print(f"  K{self.n}.__eq__(K{other.n})")
        return self.same or self.n == other.n
    def __repr__(self):
        return f"K{self.n}"

print("distinct keys")
d = {}
for i in range(1, 4):
    d[K(i)] = i
print(d)
print("get K2:", d[K(2)])
print("K9 in d:", K(9) in d)
print("get default:", d.get(K(8), "none"))
print("setdefault:", d.setdefault(K(3), "x"), d.setdefault(K(4), "y"))
print("pop:", d.pop(K(4)))
del d[K(1)]
print(d)
print("keys view:", K(2) in d.keys(), K(5) in d.keys())

print("keys that say equal")
first = K(1, same=True)
e = {first: "first"}
e[K(2, same=True)] = "second"
print(e, list(e)[0] is first)
print("display")
f = {K(1): "a", K(2): "b", K(1): "c"}
print(f)
print("comprehension")
g = {K(i % 2): i for i in range(4)}
print(g)
print("update")
g.update([(K(1), "one"), (K(5), "five")])
print(g)
