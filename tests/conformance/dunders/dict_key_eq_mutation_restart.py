# A key's __eq__ that changes the dict makes the lookup start over (dictobject.c's DKIX_KEY_CHANGED, set_lookkey's restart).
class K:
    def __init__(self, n, target=None):
        self.n = n
        self.target = target
    def __hash__(self):
        return 5
    def __eq__(self, other):
        print(f"  K{self.n}.__eq__({other!r})")
        if self.target is not None:
            t, self.target = self.target, None
            if isinstance(t, dict):
                print("  grow the dict")
                for i in range(10):
                    t[i] = i
            else:
                print("  grow the set")
                for i in range(10):
                    t.add(i)
        return self.n == getattr(other, "n", None)
    def __repr__(self):
        return f"K{self.n}"

d = {}
a = K(1, d)
d[a] = "a"
d[K(2)] = "b"
print("lookup K(2):", d[K(2)])
print(len(d))

class Remover(K):
    __hash__ = K.__hash__
    def __eq__(self, other):
        print(f"  Remover{self.n}.__eq__({other!r})")
        if self.target is not None:
            t, self.target = self.target, None
            print("  delete the stored key")
            del t[self]
        return False

e = {}
r = Remover(1, e)
e[r] = "r"
e[K(2)] = "k2"
print(sorted(v for v in e.values()))
print(K(3) in e)

s = set()
b = K(1, s)
s.add(b)
s.add(K(2))
print("set lookup K(2):", K(2) in s, len(s))
