# A set holds each element once, however often it is added.
import sys

class C:
    pass

x = C()
s = set()
s.add(x)
print("in a set:", sys.getrefcount(x))
s.add(x)
print("added twice:", sys.getrefcount(x))
fs = frozenset([x])
print("also in a frozenset:", sys.getrefcount(x))
s.discard(x)
print("after discard:", sys.getrefcount(x))
