# gc.is_tracked for enum classes and members: members with a __dict__ are tracked, as are int and str subclass members
import gc
from enum import Enum, IntEnum, StrEnum

class Color(Enum):
    RED = 1

class Number(IntEnum):
    ONE = 1

class Word(StrEnum):
    HI = 'hi'

print(gc.is_tracked(Color), gc.is_tracked(Color.RED), gc.is_tracked(Number.ONE), gc.is_tracked(Word.HI))
print(gc.is_tracked(Color.RED.__dict__), gc.is_tracked(Color._member_map_), gc.is_tracked(Color.__members__))
print(gc.is_tracked(Color.RED.value), gc.is_tracked(Color._value2member_map_))
print(Color.RED in gc.get_referrers(Color) if hasattr(gc, 'get_referrers') else True)
print(Color in gc.get_referents(Color.RED), Color.RED.__dict__ in gc.get_referents(Color.RED))
