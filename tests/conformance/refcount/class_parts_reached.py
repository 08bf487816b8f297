# A class's __mro__ and __bases__ are tuples it alone holds until the program takes them.
import sys


class Base:
    pass

class Derived(Base):
    pass

mro = Derived.__mro__
print(sys.getrefcount(mro), sys.getrefcount(Derived.__bases__), [c.__name__ for c in mro])
print(Derived.__base__.__name__, Base.__base__.__name__)
print(sys.getrefcount(Derived))
del mro
print(sys.getrefcount(Derived))
descriptor = Base.__dict__["__dict__"]
print(descriptor, sys.getrefcount(descriptor))
print(sys.getrefcount(Base))
del descriptor
print(sorted(Base.__dict__), Base.__doc__)
