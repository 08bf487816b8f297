# sys.getrefcount of members: the class dict, _member_map_ and _value2member_map_ each hold one; aliases add theirs
import sys
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1

print(sys.getrefcount(Color.RED), sys.getrefcount(Color.GREEN))
red = Color.RED
print(sys.getrefcount(red))
items = [Color.RED, Color(1), Color['RED']]
print(sys.getrefcount(red))
del items
print(sys.getrefcount(red))
lookup = {member: member.value for member in Color}
print(sys.getrefcount(Color.GREEN))
del lookup
print(sys.getrefcount(Color.GREEN))
