# importing random keeps math's pi, e and tau in random's globals (random._pi is math.pi): one more reference each
import math
import random
import sys
print(sys.getrefcount(math.pi), sys.getrefcount(math.e), sys.getrefcount(math.tau), sys.getrefcount(math.inf))
print(random._pi is math.pi, random._e is math.e, random.TWOPI is math.tau)
p = math.pi
print(sys.getrefcount(p))
del p
