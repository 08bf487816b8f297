# __subclasses__() holds weak references: a deleted subclass disappears after collection
import gc
class Base: pass
class S1(Base): pass
class S2(Base): pass
print([c.__name__ for c in Base.__subclasses__()])
del S1
print([c.__name__ for c in Base.__subclasses__()])
gc.collect()
print([c.__name__ for c in Base.__subclasses__()])
import sys
print(sys.getrefcount(Base))
del S2
gc.collect()
print(sys.getrefcount(Base), Base.__subclasses__())
