# Replaced values, deleted keys and cleared tables of user-hashed keys die when CPython releases them.
import sys

class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 3
    def __eq__(self, other):
        return isinstance(other, K) and self.n == other.n
    def __repr__(self):
        return f"K{self.n}"
    def __del__(self):
        print("del", self.n)

class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("delV", self.n)

d = {K(1): V(1), K(2): V(2)}
print("replace")
d[K(1)] = V(10)
print("delete")
del d[K(2)]
print("pop", d.pop(K(1)).n)
print("build")
d = {K(i): V(i) for i in range(4)}
k = K(5)
d[k] = V(5)
print(sys.getrefcount(k))
d.update({K(1): V(11), K(7): V(7)})
print(len(d))
e = dict(d)
print("clear")
d.clear()
print("del e")
del e
s = {K(1), K(2), K(1)}
print("set built")
s.discard(K(2))
print("discarded")
s2 = s | {K(3), K(1)}
print("union", len(s2))
s2 &= {K(3)}
print("iand", s2)
s2 ^= {K(3), K(4)}
print("ixor", s2)
s2 -= {K(4)}
print("isub", s2)
del s, s2
print("end")
