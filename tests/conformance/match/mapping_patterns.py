# Mapping patterns: keys looked up through get(), extra keys allowed, **rest is a new dict without the matched keys.
import sys
from collections import OrderedDict, defaultdict

def read(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle {r} rest={rest}"
        case {}:
            return f"some mapping of {len(v)}"
        case _:
            return "not a mapping"

print(read({"type": "point", "x": 1, "y": 2, "z": 9}))
print(read({"type": "circle", "r": 3, "color": "red", "w": 1}))
print(read({"type": "square"}))
print(read(OrderedDict(type="point", x=5, y=6)))
print(read([("type", "point")]))

d = defaultdict(list)
d["a"] = 1
match d:
    case {"a": 1, "missing": m}:
        print("found", m)
    case {"a": a}:
        print("a is", a, "no key created:", sorted(d))

class Loud(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return super().get(key, default)

match Loud(a=1, b=2):
    case {"b": b, "a": a}:
        print("loud", a, b)

big = {k: k * 2 for k in range(10)}
match big:
    case {0: zero, 1: one, **rest}:
        print(zero, one, len(rest), sys.getsizeof(rest), rest is not big)
        print(sorted(rest)[:3])
