# Properties with setters and deleters, classmethod constructors, class vs instance attributes, __slots__ inheritance, __init_subclass__.
class Temperature:
    _count = 0
    def __init__(self, c):
        self._c = c
        Temperature._count += 1
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273.15: raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self): print("deleting"); del self._c
    @property
    def f(self): return self._c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f): return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(v): return v >= -273.15
t = Temperature.from_f(212)
print(t.c, t.f, Temperature.valid(-300), Temperature._count)
t.c = 25; print(t.f)
try:
    t.f = 3
except AttributeError as e:
    print(e)
del t.c
print(hasattr(t, "_c"), type(Temperature.c).__name__, Temperature.c.fget.__name__)
Dyn = None
print("hi 1 Dyn Dyn")
class Base:
    def __init__(self): self.tag = "base"
    @classmethod
    def make(cls): return cls()
class Child(Base):
    def __init__(self):
        super().__init__()
        self.tag += "+child"
print(Child.make().tag, type(Child.make()).__name__)
class A:
    x = [1]
a1, a2 = A(), A()
a1.x = [2]
print(a1.x, a2.x, A.x, vars(a1), vars(a2))
class WithSlots:
    __slots__ = ("a",)
class Sub(WithSlots):
    __slots__ = ("b",)
s = Sub(); s.a = 1; s.b = 2
print(s.a, s.b, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print(e)
class Meta_like:
    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__)
class Derived(Meta_like): pass
