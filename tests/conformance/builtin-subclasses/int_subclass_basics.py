# class Meters(int): arithmetic gives plain ints, repr override, int.__new__ in __new__, conversions, sizes, refcounts, GC tracking, no weakrefs, no small-int sharing
import gc
import sys
import weakref


class Meters(int):
    def __repr__(self):
        return f"Meters({int(self)})"


m = Meters(5)
n = m + Meters(3)
print(m, n, type(n).__name__, m * 2, m // 2, m % 3, m ** 2, -m, type(-m).__name__, +m, type(+m).__name__)
print(m << 1, m & 4, m | 8, ~m, divmod(m, 2), abs(Meters(-4)), type(abs(m)).__name__, round(m), type(round(m)).__name__)
print(str(m), f"{m:03d}", f"{m}", "%d" % m, format(m, "x"), int(m), type(int(m)).__name__, float(m), bool(Meters(0)))
print(Meters("12"), Meters("ff", 16), Meters(3.9), Meters(-3.9), Meters(), Meters(True), type(Meters(True)).__name__)
print(isinstance(m, int), type(m) is Meters, type(m).__mro__, issubclass(Meters, int))
print(m == 5, m < 6, 5 == m, {m: "five"}[5], hash(m) == hash(5), sorted([Meters(3), 1, Meters(2)]), max(Meters(1), Meters(9)))
print(m.real, type(m.real).__name__, m.numerator, m.bit_length(), m.conjugate(), type(m.conjugate()).__name__)
print(m is Meters(5), Meters(5) is Meters(5), int(m) is int(m))
x = Meters(7)
x += 1
print(x, type(x).__name__)

big = Meters(2**40)
print(sys.getsizeof(m), sys.getsizeof(Meters(0)), sys.getsizeof(big), sys.getsizeof(Meters(2**70)), sys.getsizeof(Meters(-3)))
print(gc.is_tracked(m), gc.is_tracked(5), sys.getrefcount(m), sys.getrefcount(big))
print(sys.getrefcount(Meters))
k = [Meters(i) for i in range(3)]
print(sys.getrefcount(Meters))
del k
print(sys.getrefcount(Meters))
try:
    weakref.ref(m)
except TypeError as e:
    print("TypeError:", e)

m.unit = "m"
print(m.__dict__, vars(m), sys.getsizeof(m), sys.getsizeof(m.__dict__))


class Money(int):
    def __new__(cls, amount, currency="EUR"):
        obj = int.__new__(cls, amount)
        obj.currency = currency
        return obj

    def __init__(self, amount, currency="EUR"):
        print("init", amount, currency)

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(int(self) + int(other), self.currency)
        return NotImplemented

    def __radd__(self, other):
        return Money(int(self) + other, self.currency)

    def __str__(self):
        return f"{int(self)} {self.currency}"


price = Money(5, "USD")
print(price, price + Money(2), 3 + price, type(price + 1).__name__, sum([Money(1), Money(2)], Money(0)))
print(price.currency, sys.getrefcount(price), int.__add__(price, 1), repr(price))
print(int.__new__(Money, 7), type(int.__new__(Money, 7)).__name__)


class Level(int):
    def __new__(cls, value):
        if not 0 <= value <= 10:
            raise ValueError(f"level {value} out of range")
        return super().__new__(cls, value)


print(Level(3), type(Level(3)).__name__)
try:
    Level(11)
except ValueError as e:
    print("ValueError:", e)
try:
    Meters(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Meters("x")
except ValueError as e:
    print("ValueError:", e)
try:
    int.__new__(Meters, "z", 2)
except ValueError as e:
    print("ValueError:", e)
