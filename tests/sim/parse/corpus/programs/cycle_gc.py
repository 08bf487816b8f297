import gc
import sys


class Box:
    pass


a = Box()
b = Box()
a.other = b
b.other = a
print(sys.getrefcount(a))
del a, b
print(gc.collect() >= 2)
