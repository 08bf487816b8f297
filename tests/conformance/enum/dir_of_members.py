# dir() of a member lists Enum.__dir__'s names (public methods and properties, no member names); dir() of a class, EnumType.__dir__'s
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

    def mix(self, other):
        return f'{self.name}+{other.name}'

    @property
    def lower(self):
        return self.name.lower()

class Small(Enum):
    ONE = 1

print(dir(Color.RED))
print('mix' in dir(Color.GREEN), 'RED' in dir(Color.GREEN), Color.RED.mix(Color.GREEN), Color.GREEN.lower)
print(dir(Color))
print(dir(Small))

from enum import IntFlag

class Mode(IntFlag):
    R = 4

print(len(dir(Mode)), [n for n in dir(Mode) if not n.startswith('_')][:8])
