# A list subclass's +, * and their in-place and reflected dunders run before list's own concatenation and repetition
import sys


class Vector(list):
    def __add__(self, other):
        print("Vector.__add__")
        return Vector(a + b for a, b in zip(self, other))

    def __radd__(self, other):
        print("Vector.__radd__")
        return Vector(a + b for a, b in zip(other, self))

    def __mul__(self, k):
        print("Vector.__mul__")
        return Vector(a * k for a in self)

    __rmul__ = __mul__


v = Vector([1, 2])
w = Vector([10, 20])
print(v + w, [5, 5] + v, v * 3, 3 * v, type(v + w).__name__)
v += w
print(v, type(v).__name__, sys.getsizeof(v))
v *= 2
print(v, type(v).__name__)


class Declines(list):
    def __add__(self, other):
        print("Declines.__add__")
        return NotImplemented

    def __mul__(self, other):
        return NotImplemented


d = Declines([1])
for attempt in ("d + [2]", "d * 2", "2 * d", "[2] + d", "d += [3]", "d *= 2"):
    try:
        if attempt == "d + [2]":
            print(d + [2])
        elif attempt == "d * 2":
            print(d * 2)
        elif attempt == "2 * d":
            print(2 * d)
        elif attempt == "[2] + d":
            print([2] + d)
        elif attempt == "d += [3]":
            d += [3]
            print(d, type(d).__name__)
        else:
            d *= 2
            print(d, type(d).__name__)
    except TypeError as e:
        print(attempt, "->", e)


class Radd(list):
    def __radd__(self, other):
        print("Radd.__radd__")
        return "radd result"


plain = [1]
plain += Radd([2])
print(plain, Radd([3]) + [4], type(Radd([3]) + [4]).__name__)
extended = Radd([5])
extended += Radd([6])
print(extended, type(extended).__name__)


class InPlace(list):
    def __iadd__(self, other):
        print("InPlace.__iadd__", other)
        self.extend(other)
        self.extend(other)
        return self


p = InPlace([0])
alias = p
p += [1]
print(p, alias is p, p + [9], type(p + [9]).__name__)


class Plain(list):
    pass


q = Plain([1])
q += (2, 3)
print(q, type(q).__name__, q + [4], q * 2, [0] + q, type([0] + q).__name__)
for attempt in ("add int", "add tuple", "multiply str", "subtract", "iadd int", "imul str"):
    try:
        if attempt == "add int":
            Plain() + 1
        elif attempt == "add tuple":
            Plain() + ()
        elif attempt == "multiply str":
            "x" * Plain()
        elif attempt == "subtract":
            Plain() - Plain()
        elif attempt == "iadd int":
            q += 1
        else:
            q *= "a"
    except TypeError as e:
        print(attempt, "->", e)


# Slot rules: a subclass's own __rmul__ first, list's __rmul__ reached by lookup, a class without the dunders keeps list's
class A(list):
    def __mul__(self, o):
        print("A.__mul__"); return NotImplemented
class B(A):
    def __rmul__(self, o):
        print("B.__rmul__"); return "B"
class C:
    def __add__(self, o):
        print("C.__add__"); return NotImplemented
    def __radd__(self, o):
        print("C.__radd__"); return "C"
class P(list):
    pass
print(A([1]) * B([2]))
try:
    print(B([2]) * A([1]))
except TypeError as e:
    print(e)

try:
    print(P([1]) + C())
except TypeError as e:
    print(e)
try:
    print(C() + P([1]))
except TypeError as e:
    print(e)
print(2 * B([1]))
try:
    print(B([1]) * 2)
except TypeError as e:
    print(e)
x = P([1])
x *= 2
print(x, type(x).__name__)
y = A([1])
try:
    y *= 2
except TypeError as e:
    print(e)
class I:
    def __index__(self): return 3
print(P([0]) * I(), I() * P([1]), [1] * I())
