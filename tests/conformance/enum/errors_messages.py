# CPython's errors for bad lookups, reassigning or deleting members, duplicate names and extending an enum
from enum import Enum

class Color(Enum):
    RED = 1
    BLUE = 2

for attempt in (lambda: Color(7), lambda: Color('BLUE'), lambda: Color['GREEN'], lambda: Color.PURPLE):
    try:
        attempt()
    except (ValueError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    del Color.BLUE
except AttributeError as e:
    print(e)
try:
    Color.RED.value = 3
except AttributeError as e:
    print(e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(e)
try:
    class More(Color):
        GREEN = 3
except TypeError as e:
    print(e)
try:
    class Reserved(Enum):
        _secret_ = 1
except ValueError as e:
    print(e)
try:
    class BadName(Enum):
        mro = 1
except ValueError as e:
    print(e)
Color.extra = 'fine'
print(Color.extra, hasattr(Color, 'PURPLE'), getattr(Color, 'GREEN', None))
