# sys.maxsize, sys.platform and sys.byteorder are the 64-bit Linux build's.
import sys
print(sys.maxsize, sys.maxsize + 1, -sys.maxsize - 1, sys.platform, sys.byteorder, type(sys.maxsize))
best = sys.maxsize
for v in [5, 3, 9]:
    best = min(best, v)
print(best)
