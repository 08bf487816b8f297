# math and other builtins given complex numbers: TypeErrors exactly as CPython words them
import math


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


for name in ["sqrt", "floor", "ceil", "isnan", "exp", "log", "sin", "fabs", "isfinite", "degrees"]:
    attempt(lambda: getattr(math, name)(1j))
attempt(lambda: math.trunc(1j))
attempt(lambda: math.pow(1j, 2))
attempt(lambda: math.hypot(1j))
attempt(lambda: math.fsum([1j]))
attempt(lambda: math.isclose(1j, 1j))
attempt(lambda: math.atan2(1j, 1))
attempt(lambda: math.prod([1j, 2]))
attempt(lambda: math.sqrt(abs(3 + 4j)))
attempt(lambda: math.atan2((1 + 1j).imag, (1 + 1j).real))
