# Every list slot holding an object is one reference, repeated slots count each time.
import sys

class C:
    pass

x = C()
one = [x]
print("in [x]:", sys.getrefcount(x))
three = [x, x, x]
print("also in [x, x, x]:", sys.getrefcount(x))
three.pop()
print("after pop:", sys.getrefcount(x))
three.clear()
print("after clear:", sys.getrefcount(x))
del one
print("after del one:", sys.getrefcount(x))
