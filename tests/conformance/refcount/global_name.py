# A global name holds one reference; getrefcount adds one for its own argument.
import sys

class C:
    pass

x = C()
print("global x:", sys.getrefcount(x))
lst = []
print("global list:", sys.getrefcount(lst))
d = {}
print("global dict:", sys.getrefcount(d))
