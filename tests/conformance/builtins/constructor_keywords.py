# Builtin types' keyword arguments: int(x, base=), str(object=), the ones that take none, and Argument Clinic's 'at most' messages
tests = [
    lambda: int(x="5"), lambda: int("5", 10, base=10), lambda: int("ff", base=16), lambda: int("11", 2),
    lambda: str(object=5), lambda: str(5, bad=1), lambda: str(obj=5),
    lambda: float(x="1"), lambda: tuple(iterable=[1]), lambda: list(x=[1]), lambda: set(x=1), lambda: frozenset(x=1),
    lambda: range(x=1), lambda: slice(1, x=1), lambda: bool(x=1), lambda: int.__new__(int, "ff", base=16),
    lambda: str.__new__(str, object=7), lambda: tuple.__new__(tuple, iterable=[1]), lambda: float.__new__(float, x=1),
]
for t in tests:
    try:
        print(repr(t()))
    except TypeError as e:
        print("TypeError", e)
for t in [lambda: int(a=1, b=2, base=3), lambda: pow(1, 2, 3, mod=4), lambda: pow(base=1, exp=2, mod=3, z=4), lambda: round(1.5, 1, ndigits=2), lambda: enumerate([], 0, start=1)]:
    try:
        print(repr(t()))
    except TypeError as e:
        print("TypeError", e)
