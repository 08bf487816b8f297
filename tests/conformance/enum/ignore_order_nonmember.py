# _ignore_, _order_, nonmember and member control which names become members
from enum import Enum, nonmember, member

class Weekday(Enum):
    _ignore_ = ['day', 'helper']
    MONDAY = 1
    TUESDAY = 2
    helper = 5

print(list(Weekday), hasattr(Weekday, 'helper'))

class Ordered(Enum):
    _order_ = 'A B'
    A = 1
    B = 2

print(list(Ordered))
try:
    class Wrong(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print(e)

class Config(Enum):
    RED = 1
    LIMIT = nonmember(10)

    @member
    def helper():
        return 'member function'

print([c.name for c in Config], Config.LIMIT, Config.helper.value())
