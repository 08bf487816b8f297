# Descriptors keeping per-instance values weakly, an __init_subclass__ registry of weak class refs, and WeakMethod lifetimes
import gc, sys, weakref
class Field:
    def __init__(self):
        self.values = weakref.WeakKeyDictionary()
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return self.values.get(obj, 'unset')
    def __set__(self, obj, value):
        self.values[obj] = value
class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append(weakref.ref(cls))
class Model(Base):
    x = Field()
    __slots__ = ('__weakref__',)
m = Model()
m.x = [1, 2]
print(m.x, len(Model.x.values), sys.getsizeof(m))
val = m.x
print(sys.getrefcount(val))
del m
print(len(Model.x.values), sys.getrefcount(val))
class Temp(Base):
    pass
print([r().__name__ for r in Base.registry])
del Temp
print(gc.collect(), [r() is None for r in Base.registry])
class Listener:
    def __init__(self, name):
        self.name = name
    def on(self, ev):
        print(self.name, 'got', ev)
    def __del__(self):
        print('del', self.name)
l = Listener('a')
wm = weakref.WeakMethod(l.on)
strong = l.on
print(wm() == strong, sys.getrefcount(l))
wm()('e1')
del l
print('still', wm() is not None)
del strong
print('gone', wm())
l2 = Listener('b')
r = weakref.ref(l2.on)
print(r())
del r, l2
