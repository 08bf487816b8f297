# _missing_ lets a lookup by value find a member another way; a bad result is a TypeError chained to the ValueError
from enum import Enum

class Answer(Enum):
    YES = 'yes'
    NO = 'no'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None

print(Answer('YES'), Answer('No'), Answer('yes'))
try:
    Answer('maybe')
except ValueError as e:
    print(type(e).__name__, e)

class Broken(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 42

try:
    Broken(2)
except TypeError as e:
    print(type(e).__name__, e)
    print(type(e.__context__).__name__, e.__context__)

class Raising(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)

try:
    Raising(5)
except KeyError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
