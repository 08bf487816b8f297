# Enum members are singletons: looking them up never copies, and refcounts show who holds them
import enum, sys

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1

r = Color.RED
print('same object', r is Color(1), r is Color['RED'], r is Color.RED)
before = sys.getrefcount(Color.GREEN)
hold = [Color.GREEN] * 5
print('five more', sys.getrefcount(Color.GREEN) - before)
del hold
print('back', sys.getrefcount(Color.GREEN) - before)
print('members', list(Color), len(Color), Color.BLUE.name, Color.BLUE.value)
print('by value alias', Color(3) is Color.BLUE)
rw = Perm.R | Perm.W
print('flag', rw, int(rw), Perm.R in rw, Perm.X in rw)
print('flag cached', (Perm.R | Perm.W) is rw)
print('isinstance', isinstance(Color.RED, Color), type(Color.RED).__name__)
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
d = {Color.RED: 'stop', Color.GREEN: 'go'}
print(d[Color(2)], sorted(c.name for c in d))
class Shape(enum.Enum):
    CIRCLE = enum.auto()
    SQUARE = enum.auto()
print([s.value for s in Shape], Shape.CIRCLE < Shape.SQUARE if False else 'no ordering')
print(Color.__members__.keys())
print(repr(Color.RED), str(Color.RED), f'{Color.RED}', f'{Perm.R}')
