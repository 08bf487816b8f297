# The math module: constants, rounding, roots, logs, trigonometry, gcd and factorial.
import math

print(math.pi, math.e, math.inf, math.tau)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(3), math.ceil(3.000001))
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.pow(2, 10), math.hypot(3, 4))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), math.degrees(math.pi), math.radians(180))
print(math.gcd(12, 18), math.factorial(10), math.comb(5, 2), math.perm(5, 2), math.fabs(-3))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(-math.inf), math.copysign(2, -0.0))
math.sqrt(-1)
