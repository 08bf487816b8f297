# hash() of tuples holding instances is CPython's xxHash round over the items' hashes; frozensets mix their items' hashes; both compare items with __eq__ as keys.
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print(f"  hash K{self.n}")
        return self.n
    def __eq__(self, other):
        print(f"  K{self.n}.__eq__({other!r})")
        return isinstance(other, K) and self.n == other.n
    def __repr__(self):
        return f"K{self.n}"

print(hash((K(1), K(2))), hash((1, 2)), hash(((K(3),), 4, -1)))
print(hash((K(-1),)), hash((K(2 ** 64),)), hash(()))
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({(1, 2), 3})))
print(hash(frozenset({frozenset({1}), 2})), hash(frozenset({K(1), K(2)})))
d = {(K(1), 2): "x"}
print(d[(K(1), 2)])
print((K(2), 2) in d)
fs = {frozenset({K(1)}): 1}
print(fs[frozenset({K(1)})])
print(frozenset({K(1)}) == frozenset({K(1)}))
