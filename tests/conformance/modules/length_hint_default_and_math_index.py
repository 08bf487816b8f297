# operator.length_hint's default goes through __index__; math reads an object with only __index__ as a C double
import operator
class IX:
    def __index__(self): return 2
print(operator.length_hint([], IX()), operator.length_hint(iter([]), IX()), operator.length_hint(5, IX()))
for d in [2**70, 1.5, "x", True]:
    try: print(operator.length_hint(5, d))
    except Exception as e: print(type(e).__name__, e)
import math
class IX:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
for f in [math.log, math.log2, math.log10, math.sqrt, math.exp, math.floor, math.ceil, math.trunc, math.fabs, math.isfinite, math.factorial, math.isqrt, math.sin]:
    for v in [10, 10**400]:
        try: print(f.__name__, f(IX(v)))
        except Exception as e: print(f.__name__, type(e).__name__, e)
print(math.gcd(IX(12), IX(18)), math.comb(IX(5), IX(2)), math.perm(IX(5)), math.pow(IX(2), IX(3)), math.hypot(IX(3), IX(4)), math.dist([IX(1)], [IX(4)]))
print(math.copysign(IX(3), -1), math.fmod(IX(7), IX(3)), math.ldexp(1.0, IX(3)), math.isclose(IX(1), 1))
