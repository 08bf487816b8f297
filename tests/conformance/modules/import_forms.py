# import, import as and from-import of the supported modules.
import math as m
from math import sqrt, pi
from sys import getsizeof
import gc, weakref

print(m.floor(2.7), sqrt(9), round(pi, 3), getsizeof(0))
print(gc.isenabled(), callable(weakref.ref))
