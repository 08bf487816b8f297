# An int subclass's own __float__ decides what math, complex(), %f and format() read; math.log keeps the int.
import math, array
class I(int):
    def __float__(self): return 2.5
class F(float):
    def __float__(self): return 9.0
class S(str):
    def __float__(self): return 1.5
class M(int):
    def __mul__(self, other): return "M.__mul__"
    __rmul__ = __mul__
i = I(3)
print(math.sqrt(i), math.exp(I(0)), math.fabs(i), math.isclose(i, 2.5))
print(math.log(i), math.log2(I(8)), math.log10(I(100)), math.floor(i), math.ceil(i))
print(math.fsum([i, i]), math.hypot(i), math.dist([i], [0]), math.ldexp(i, 1), math.frexp(i))
print(math.pow(i, 2), math.atan2(i, 1), math.copysign(i, -1), math.remainder(i, 2), math.fmod(i, 2))
print(math.prod([i, i]), math.prod([2, M(3)]), math.prod([M(3), 2]))
print(complex(i), complex(F(4.0)), complex(1, i), float(i), float(F(4.0)), int(i))
print("%f" % i, "%.1f" % F(4.0), "%d" % i, "%f" % S("x"), "%e" % i)
print(format(i, "f"), f"{i:.2f}", "{:e}".format(i), format(i, "%"), format(i, "d"), format(i, ""))
print(array.array("d", [i]), array.array("f", [I(1)]))
print(round(i), abs(i), i / 2, 1 / i, i ** 0.5, i * 1.0, 1.0 + i, i == 2.5, i < 2.7)
