# An enum base with methods and no members can be subclassed; mixing in a data type and a custom __new__
from enum import Enum

class Describable(Enum):
    def describe(self):
        return f'{self.name}={self.value!r}'

class Color(Describable):
    RED = 1
    GREEN = 2

print(Color.RED.describe(), [c.describe() for c in Color])

class Temperature(float, Enum):
    FREEZING = 0.0
    BOILING = 100.0

print(Temperature.BOILING + 1, Temperature(0.0), repr(Temperature.FREEZING), Temperature.BOILING > 50)

class Ordered(Enum):
    def __new__(cls, label):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    FIRST = 'one'
    SECOND = 'two'

print([(o.name, o.value, o.label) for o in Ordered])
