# operator overloading: reflected ops, NotImplemented fallbacks, subclass priority, in-place fallback
class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
    def __add__(self, o):
        print("V.__add__", o)
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("V.__radd__", o)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __mul__(self, o):
        return NotImplemented
class W(V):
    def __radd__(self, o):
        print("W.__radd__", o)
        return W(100)
print(V(1) + 2)
print(2 + V(1))
print(sum([V(1), V(2)]))
print(V(1) + W(2))
v = V(1)
v += 5
print(v)
try:
    V(1) + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + V(1)
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) * 2
except TypeError as e:
    print("TypeError:", e)
try:
    v *= 3
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) < V(2)
except TypeError as e:
    print("TypeError:", e)
try:
    -V(1)
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) @ V(2)
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) ** 2
except TypeError as e:
    print("TypeError:", e)
try:
    pow(V(1), 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(V(1), 2)
except TypeError as e:
    print("TypeError:", e)
print(V(1) == V(1), V(1) != V(1))
