# More dunders a list or dict subclass may define: __reversed__, __sizeof__, __class_getitem__, __call__, __neg__, __lt__ and operators dicts lack
import sys


class Backwards(list):
    def __reversed__(self):
        print("Backwards.__reversed__")
        return iter(["r"])

    def __sizeof__(self):
        return 1000

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"

    def __call__(self, n):
        return self[n]

    def __neg__(self):
        return Backwards(reversed(list(self)))

    def __lt__(self, other):
        print("Backwards.__lt__")
        return len(self) < len(other)


b = Backwards([1, 2, 3])
print(list(reversed(b)), sys.getsizeof(b), Backwards[int], b(0), -b, type(-b).__name__, callable(b))
print(b < [0, 0, 0, 0], [0, 0, 0, 0] > b, b > [9], sorted([Backwards([1, 2]), Backwards([3])]))


class Vector(dict):
    def __add__(self, other):
        return Vector({k: self.get(k, 0) + other.get(k, 0) for k in self.keys() | other.keys()})

    def __mul__(self, n):
        return Vector({k: v * n for k, v in self.items()})

    def __rmul__(self, n):
        return self * n


v = Vector(a=1, b=2)
w = v + Vector(b=3)
print(sorted(w.items()), sorted((v * 2).items()), sorted((3 * v).items()), type(w).__name__)
v += Vector(c=1)
print(sorted(v.items()), type(v).__name__)
try:
    Vector() - Vector()
except TypeError as e:
    print("TypeError:", e)
try:
    Backwards() @ 1
except TypeError as e:
    print("TypeError:", e)
