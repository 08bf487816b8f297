# order=True comparisons through field tuples, NotImplemented for other classes, the __hash__ rules
from dataclasses import dataclass, field

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)

vs = [Version(1, 2, "b"), Version(0, 9), Version(1, 0, "a"), Version(1, 2, "a")]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), Version(1, 2, "x") == Version(1, 2, "y"))
print(Version.__lt__.__qualname__, Version.__ge__.__qualname__)
print(Version(1).__lt__(5), Version(1).__eq__("a"))
try:
    Version(1) < 5
except TypeError as e:
    print(e)
print(Version.__hash__)

@dataclass(eq=False)
class Identity:
    x: int
print(Identity(1) == Identity(1), Identity.__hash__ is object.__hash__)

@dataclass(unsafe_hash=True)
class Tag:
    name: str
    weight: int = field(default=1, hash=False)
print(hash(Tag("a", 5)) == hash(("a",)), Tag.__hash__.__qualname__)

@dataclass
class OwnHash:
    x: int
    def __hash__(self):
        return 7
print(hash(OwnHash(3)))

@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    x: int
print(FrozenNoEq.__hash__ is object.__hash__)

try:
    @dataclass(order=True, eq=False)
    class Bad:
        x: int
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass(order=True)
    class Clash:
        x: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass(unsafe_hash=True)
    class Clash2:
        x: int
        def __hash__(self):
            return 1
except TypeError as e:
    print("TypeError:", e)
