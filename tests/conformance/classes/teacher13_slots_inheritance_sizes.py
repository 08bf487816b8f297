# __slots__ with inheritance: sizes of instances, which classes get a __dict__/__weakref__, and refcounts of slot values
import sys, gc, weakref

class Base:
    __slots__ = ('x',)

class Child(Base):
    __slots__ = ('y', 'z')

class Loose(Base):
    pass

class WithWeak(Base):
    __slots__ = ('__weakref__',)

class Plain:
    pass

for cls in (Base, Child, Loose, WithWeak, Plain):
    obj = cls()
    print(cls.__name__, sys.getsizeof(obj), hasattr(obj, '__dict__'), cls.__basicsize__, cls.__dictoffset__, cls.__weakrefoffset__)

c = Child()
payload = [1, 2, 3]
print(sys.getrefcount(payload))
c.x = payload
c.y = payload
print(sys.getrefcount(payload))
del c.x
print(sys.getrefcount(payload))
try:
    c.x
except AttributeError as e:
    print('AttributeError', e)
try:
    c.w = 1
except AttributeError as e:
    print('AttributeError', e)
l = Loose()
l.x = payload
l.extra = payload
print(sys.getrefcount(payload), sorted(vars(l)))
del l
print(sys.getrefcount(payload))
del c
print(sys.getrefcount(payload))
try:
    weakref.ref(Base())
except TypeError as e:
    print('TypeError', e)
w = WithWeak()
r = weakref.ref(w)
print(r() is w)
del w
print(r())
print(Child.y, type(Child.__dict__['y']).__name__)
a = Child(); b = Child()
a.x = b; b.x = a
del a, b
print(gc.collect())
