# An exception in a key's __eq__ leaves the dict or set operation; the references a lookup holds while __eq__ runs, and what dies when.
import sys

class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print(f"  hash K{self.n}: {sys.getrefcount(self)}")
        return 3
    def __eq__(self, other):
        if not isinstance(other, K):
            print(f"  K{self.n}.__eq__({type(other).__name__}): NotImplemented")
            return NotImplemented
        print(f"  K{self.n}.__eq__(K{other.n}): {sys.getrefcount(self)} {sys.getrefcount(other)}")
        return self.n == other.n
    def __del__(self):
        print(f"  del K{self.n}")

class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print(f"  del V{self.n}")

class Boom:
    def __hash__(self):
        return 3
    def __eq__(self, other):
        raise ValueError("no comparing")

a, b = K(1), K(2)
d = {a: V(1)}
print("set")
d[b] = V(2)
print("get")
d[K(2)]
print("replace")
d[K(1)] = V(10)
print(sys.getrefcount(a), len(d))
print("setdefault")
d.setdefault(K(3), V(3))
print("pop")
d.pop(K(3))
print("delete")
del d[K(2)]
for op in ("set", "get", "in", "set add", "set in"):
    try:
        if op == "set":
            d[Boom()] = 0
        elif op == "get":
            d[Boom()]
        elif op == "in":
            Boom() in d
        elif op == "set add":
            {a, Boom()}
        else:
            Boom() in {a}
    except ValueError as e:
        print(op, "raised", e, len(d))
s = {K(5), K(6), K(5)}
print("discard")
s.discard(K(6))
print("clear")
d.clear()
s.clear()
print("end")
del a, b, d, s
