# sys.getrefcount of an enum class: its members' types, their __objclass__, and what a class statement leaves
import gc
import sys
from enum import Enum, IntEnum

class Empty(Enum):
    pass

class One(Enum):
    A = 1

class Three(Enum):
    A = 1
    B = 2
    C = 3

class Numbers(IntEnum):
    X = 1
    Y = 2

gc.collect()
print(sys.getrefcount(Empty), sys.getrefcount(One), sys.getrefcount(Three), sys.getrefcount(Numbers))
first = Three.A
print(sys.getrefcount(Three), first.__objclass__ is Three)
members = list(Three)
print(sys.getrefcount(Three), sys.getrefcount(Three.B))
del members
print(sys.getrefcount(Three), sys.getrefcount(Three.B))
