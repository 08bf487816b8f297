# Calling a generated __init__ wrongly: CPython's argument errors name the class's __init__ (its __qualname__)
from dataclasses import dataclass, field, KW_ONLY

@dataclass
class Rect:
    w: int
    h: int = 1
    _: KW_ONLY
    label: str = ""

for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"w": 2}), ((1,), {"depth": 3}), ((), {"h": 2})]:
    try:
        Rect(*args, **kwargs)
    except TypeError as e:
        print(e)
print(Rect(2, label="x"))

@dataclass
class Strict:
    a: int = field(kw_only=True)
try:
    Strict(1)
except TypeError as e:
    print(e)
try:
    Strict()
except TypeError as e:
    print(e)
Rect(1, 2, 3, 4)
