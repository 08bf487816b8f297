# frozen=True: FrozenInstanceError from the generated __setattr__/__delattr__, hashing, object.__setattr__ in __post_init__
from dataclasses import dataclass, FrozenInstanceError, field

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float = 0.0

c = Coord(1.5, 2.5)
print(c, hash(c) == hash((1.5, 2.5)), Coord.__hash__.__qualname__)
for action in ("set", "new", "del"):
    try:
        if action == "set":
            c.lat = 3.0
        elif action == "new":
            c.other = 1
        else:
            del c.lon
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError), e.args)
print({c: "here"}[Coord(1.5, 2.5)])
print(Coord.__setattr__.__qualname__, Coord.__delattr__.__qualname__)

@dataclass(frozen=True)
class Derived:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        object.__setattr__(self, "b", self.a * 2)
d = Derived(4)
print(d, d.b)

class NotData(Coord):
    pass
n = NotData(1, 2)
n.extra = 5
print(n.extra, n)
try:
    n.lat = 9
except AttributeError as e:
    print(repr(e))

c.lat = 10.0
