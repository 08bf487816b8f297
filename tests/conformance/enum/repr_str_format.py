# repr, str and format of members of Enum, IntEnum, StrEnum, Flag and IntFlag as 3.11 prints them
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto

class Color(Enum):
    RED = 1
    TEXT = 'red'
    PAIR = (1, 2)

class Number(IntEnum):
    ONE = 1
    TWO = 2

class Word(StrEnum):
    HELLO = auto()
    WORLD = 'World'

class Perm(Flag):
    R = 4
    W = 2
    X = 1

class Mode(IntFlag):
    A = 1
    B = 2

for m in (Color.RED, Color.TEXT, Color.PAIR, Number.ONE, Word.HELLO, Word.WORLD, Perm.R, Perm.R | Perm.W, Mode.A, Mode.A | Mode.B):
    print(repr(m), str(m), format(m), f'{m}', '%s' % (m,))
print(f'{Number.TWO:>5}|{Number.TWO + 1}|{Word.WORLD:*^9}|{Color.RED!r}|{Color.RED!s:>12}|')
print(repr(Color), repr(Perm), str(Number), repr(Mode))
print([Color.RED, Number.TWO], (Word.HELLO,), {Perm.X: 1})
