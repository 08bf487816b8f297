# dunder methods a course shows: __eq__/__hash__, __lt__ + sorting, __len__, __getitem__, __contains__, __add__, __iadd__
class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __neg__(self): return Vec(-self.x, -self.y)
v = Vec(3, 4)
print(v + v, v * 2, 2 * v, abs(v), bool(Vec(0, 0)), -v, v == Vec(3, 4), v != Vec(3, 4))
try:
    hash(v)
except TypeError as e:
    print(e)
try:
    {v}
except TypeError as e:
    print(e)
try:
    v - v
except TypeError as e:
    print(e)
try:
    v < v
except TypeError as e:
    print(e)
try:
    "a" * v
except TypeError as e:
    print(e)
class Bag:
    def __init__(self): self.items = []
    def __len__(self): return len(self.items)
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __contains__(self, x): return x in self.items
    def __getitem__(self, i): return self.items[i]
b = Bag()
b += 1
b += 2
print(len(b), 2 in b, 3 in b, b[0], b[-1], list(b), b[0:1])
try:
    b[5]
except IndexError as e:
    print(e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class FloatLen:
    def __len__(self): return 1.5
try:
    len(FloatLen())
except TypeError as e:
    print(e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class Money:
    def __init__(self, c): self.c = c
    def __lt__(self, o): return self.c < o.c
    def __repr__(self): return f"${self.c}"
print(sorted([Money(3), Money(1), Money(2)]), max(Money(3), Money(9)), Money(1) > Money(0))
try:
    Money(1) <= Money(2)
except TypeError as e:
    print(e)
