# cls.__subclasses__() lists the live direct subclasses, through the weak references each base keeps
import gc
import sys
import weakref

class Shape:
    pass

class Circle(Shape):
    pass

class Square(Shape):
    pass

class Tiny(Square):
    pass

print([c.__name__ for c in Shape.__subclasses__()])
print([c.__name__ for c in Square.__subclasses__()], Tiny.__subclasses__())
subs = Shape.__subclasses__()
print(sys.getsizeof(subs), sys.getrefcount(Circle))
del subs
r = weakref.ref(Circle)
print(weakref.getweakrefcount(Circle), r is Shape.__subclasses__ and False)
gc.collect()
del Circle
gc.collect()
print([c.__name__ for c in Shape.__subclasses__()])
class Mixin:
    pass
class Both(Shape, Mixin):
    pass
print([c.__name__ for c in Shape.__subclasses__()], [c.__name__ for c in Mixin.__subclasses__()])
many = [type("K%d" % i, (Shape,), {}) for i in range(6)]
print(len(Shape.__subclasses__()), sys.getsizeof(Shape.__subclasses__()))
try:
    Shape.__subclasses__(1)
except TypeError as e:
    print("TypeError:", e)
