# gc.get_count() after enum class statements: the allocations EnumType.__prepare__, __new__ and type.__new__ make
import gc
from enum import Enum, IntEnum, StrEnum, Flag, auto

def measure(label, make):
    gc.collect()
    before = gc.get_count()
    make()
    after = gc.get_count()
    print(label, after[0] - before[0])

def empty():
    class Empty(Enum):
        pass

def colors():
    class Color(Enum):
        RED = 1
        GREEN = 2
        BLUE = 3

def numbers():
    class Number(IntEnum):
        ONE = 1
        TWO = 2

def words():
    class Word(StrEnum):
        A = 'a'
        B = auto()

def bits():
    class Bits(Flag):
        A = auto()
        B = auto()
        AB = A | B

def with_methods():
    class Shape(Enum):
        SQUARE = 4
        def sides(self):
            return self.value
        @property
        def doubled(self):
            return self.value * 2

for make in (empty, colors, numbers, words, bits, with_methods, colors):
    measure(make.__name__, make)
