# The math module's exact helpers, argument rules and error messages, as CPython 3.11 gives them.
import math


class Half:
    def __float__(self):
        return 0.5


class Three:
    def __index__(self):
        return 3


class Floors:
    def __floor__(self):
        return "floored"


print(math.isqrt(10**40 + 1), math.isqrt(2**1000) == 2**500, math.isqrt(0), math.isqrt(Three()))
print(math.sqrt(Half()), math.sqrt(Three()), math.floor(Floors()), math.floor(True), math.ceil(2.5), math.trunc(-2.5), math.floor(2**70))
print(math.frexp(0.0), math.frexp(-5e-324), math.frexp(8), math.modf(-3.5), math.modf(math.inf), math.ldexp(0.75, -2))
print(math.copysign(2, -0.0), math.fmod(-7, 3), math.remainder(7, 2), math.remainder(-7.5, 2), math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(0.0))
print(math.dist((0, 0), (3, 4)), math.hypot(), math.gcd(), math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.perm(5), math.perm(5, 2), math.comb(10, 3))
print(math.prod([1, 2, 3], start=4), math.prod([2, 0.5]), math.prod(["ab"], start=2), math.fsum([0.1] * 10), math.exp2(10), math.atan(1.0))
print(math.isclose(1, 1.0000001, rel_tol=1e-3), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.log(8, 2), math.log(10**400))
calls = [
    lambda: math.sqrt(),
    lambda: math.pow(1),
    lambda: math.log(),
    lambda: math.factorial(5.0),
    lambda: math.factorial(-1),
    lambda: math.sqrt('a'),
    lambda: math.trunc('a'),
    lambda: math.ldexp(1.0, 2.0),
    lambda: math.ldexp(1.0, 5000),
    lambda: math.fmod(1, 0),
    lambda: math.frexp(2**2000),
    lambda: math.dist([1], [2, 3]),
    lambda: math.isclose(1),
    lambda: math.comb(5),
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: math.exp(1000),
    lambda: math.isqrt(-1),
    lambda: math.prod([[1]], start=[0]),
]
for call in calls:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
