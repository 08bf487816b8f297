# An int past the largest double raises OverflowError where CPython converts it with PyLong_AsDouble: float(), mixed arithmetic, math functions and %-formatting; math.log takes any int
import math
big = 10 ** 400
checks = [
    ("float", lambda: float(big)),
    ("float of -big", lambda: float(-big)),
    ("times 1.0", lambda: big * 1.0),
    ("true division", lambda: big / 3),
    ("sqrt", lambda: math.sqrt(big)),
    ("log10", lambda: round(math.log10(big), 6)),
    ("percent e", lambda: "%e" % big),
    ("percent f", lambda: "%.1f" % -big),
    ("percent d", lambda: len("%d" % big)),
    ("format f", lambda: f"{big:.2f}"),
    ("compare", lambda: big > 1e308),
    ("largest exact", lambda: float(2 ** 1023)),
    ("rounds to max", lambda: float(2 ** 1024 - 2 ** 970 - 1)),
]
for name, check in checks:
    try:
        print(name, check())
    except OverflowError as e:
        print(name, "OverflowError:", e)
