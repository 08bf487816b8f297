# Each alias adds a reference and del removes it again.
import sys

class C:
    pass

x = C()
print("one name:", sys.getrefcount(x))
y = x
print("after y = x:", sys.getrefcount(x))
z = y
print("after z = y:", sys.getrefcount(x))
del y
print("after del y:", sys.getrefcount(x))
z = None
print("after z = None:", sys.getrefcount(x))
