# class Celsius(float): __new__ validating through super().__new__, __repr__ used by str(), formatting, float results, sizes with a managed __dict__ and __weakref__, weak references
import gc
import sys
import weakref


class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, value)

    def __repr__(self):
        return f"Celsius({float(self)!r})"

    def to_fahrenheit(self):
        return self * 9 / 5 + 32


c = Celsius(21.5)
print(c, repr(c), str(c), f"{c:.2f}", f"{c}", "%.1f %s %r" % (c, c, c), format(c, "e"), c.to_fahrenheit(), type(c.to_fahrenheit()).__name__)
print(isinstance(c, float), type(c) is Celsius, [Celsius(1), Celsius(2.5)])
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)
print(c + 1, type(c + 1).__name__, c == 21.5, c < 30, hash(c) == hash(21.5), int(c), round(c), round(c, 1), type(round(c, 1)).__name__)
print(-c, type(-c).__name__, +c, type(+c).__name__, abs(Celsius(-3.5)), c // 2, c % 2, c ** 2, divmod(c, 4))
print(c.real, type(c.real).__name__, c.conjugate(), type(c.conjugate()).__name__, c.is_integer(), c.as_integer_ratio(), float(c), type(float(c)).__name__)
print(float.__new__(Celsius, "1.5"), type(float.__new__(Celsius, "1.5")).__name__, Celsius("2.5"))

print(sys.getsizeof(c), sys.getsizeof(1.5), gc.is_tracked(c), gc.is_tracked(1.5), sys.getrefcount(c))
c.unit = "C"
c.history = [20.0]
print(vars(c), sys.getsizeof(c), sys.getsizeof(c.__dict__))
del c.unit
print(vars(c))
c.__dict__ = {"z": 1}
print(c.z, vars(c))

r = weakref.ref(c, lambda ref: print("callback", ref() is None))
print(r() is c, weakref.getweakrefcount(c))
del c
print("after del")


class Unit(float):
    def __init__(self, value, unit="m"):
        self.unit = unit


try:
    Unit(1.0, "kg")
except TypeError as e:
    print("TypeError:", e)
u = Unit(2.0)
print(u, u.unit)
try:
    float.__new__(Unit, "x")
except ValueError as e:
    print("ValueError:", e)
