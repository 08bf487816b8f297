# sys.getsizeof of members (an instance with a __dict__, an int or str subclass instance) and of their __dict__
import sys
from enum import Enum, IntEnum, StrEnum, Flag

class Color(Enum):
    RED = 1

class Number(IntEnum):
    SMALL = 1
    BIG = 2 ** 40

class Word(StrEnum):
    HI = 'hi'
    LONGER = 'a longer word'

class Bit(Flag):
    A = 1
    B = 2

print(sys.getsizeof(Color.RED), sys.getsizeof(Color.RED.__dict__), len(Color.RED.__dict__))
print(sys.getsizeof(Number.SMALL), sys.getsizeof(Number.BIG), sys.getsizeof(Number.SMALL.__dict__))
print(sys.getsizeof(Word.HI), sys.getsizeof(Word.LONGER))
print(sys.getsizeof(Bit.A), sys.getsizeof(Bit.A | Bit.B), sys.getsizeof((Bit.A | Bit.B).__dict__))
print(sys.getsizeof(Color.__members__), sys.getsizeof(Color._member_map_), sys.getsizeof(Color._member_names_))
