# Instance and class attributes each hold one reference.
import sys

class Holder:
    pass

class C:
    pass

x = C()
h = Holder()
h.a = x
print("instance attribute:", sys.getrefcount(x))
h.b = x
print("second attribute:", sys.getrefcount(x))
Holder.shared = x
print("class attribute:", sys.getrefcount(x))
del h.a
print("after del h.a:", sys.getrefcount(x))
delattr(Holder, "shared")
print("after delattr:", sys.getrefcount(x))
