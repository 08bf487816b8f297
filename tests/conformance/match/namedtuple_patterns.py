# Class and sequence patterns on namedtuples (their __match_args__) and tuple subclasses (matching themselves).
import sys
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, 2)
match p:
    case P(x, y=yy):
        print("namedtuple", x, yy, sys.getrefcount(p))
    case _:
        print("no")
match p:
    case (a, b):
        print("as a sequence", a, b)
class T(tuple):
    pass
match T((1, 2, 3)):
    case T([first, *rest]):
        print("tuple subclass self match", first, rest, sys.getsizeof(rest))
match T((4, 5)):
    case tuple(t):
        print(type(t).__name__, t)
