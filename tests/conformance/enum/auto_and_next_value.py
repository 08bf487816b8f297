# auto() values: 1, 2, 3 for Enum, lower-cased names for StrEnum, powers of two for Flag, and a custom _generate_next_value_
from enum import Enum, StrEnum, Flag, IntEnum, auto

class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = 10
    YELLOW = auto()

class Word(StrEnum):
    ALPHA = auto()
    BETA = auto()

class Bits(Flag):
    A = auto()
    B = auto()
    C = auto()

class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    NORTH = auto()
    SOUTH = auto()

class Mixed(IntEnum):
    ONE = auto()
    TWO = auto()

print([(c.name, c.value) for c in Color])
print([w.value for w in Word])
print([b.value for b in Bits])
print([n.value for n in Named])
print([m.value for m in Mixed], repr(auto()))
try:
    class Late(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return 0
except TypeError as e:
    print(e)
