# Enum members compare by identity and do not order; IntEnum members are ints and order with ints
from enum import Enum, IntEnum

class Color(Enum):
    RED = 1
    GREEN = 2

class Level(IntEnum):
    LOW = 1
    HIGH = 3

print(Color.RED == 1, Color.RED is Color.RED, Color.RED != Color.GREEN)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(e)
try:
    print(Color.RED > 0)
except TypeError as e:
    print(e)
print(Level.LOW < Level.HIGH, Level.LOW == 1, Level.HIGH > 2, Level.LOW + Level.HIGH, Level.HIGH * 2)
print(sorted([Level.HIGH, 2, Level.LOW]), max(Level), min(Level).name)
print(isinstance(Level.LOW, int), int(Level.HIGH), Level(3) is Level.HIGH, Level.LOW.real)
print(hash(Level.LOW) == hash(1), {1: 'one'}[Level.LOW])
