# What holds a number while math's functions and formatting call its __float__ (fsum's item, dist's tuples).
import math, sys
class R:
    def __init__(self, v): self.v = v
    def __float__(self):
        print("  __float__", self.v, sys.getrefcount(self))
        return float(self.v)
a, b = R(1), R(2)
print(math.fsum([a, b]))
print(math.fsum(x for x in [R(3)]))
print(math.dist([a], [b]))
print(math.dist((a,), (b,)))
print(math.hypot(a, b), math.sqrt(a), math.isclose(a, b))
print("%f" % a, "%f" % (b,), complex(a))
print(math.fsum([a, "x"]))
