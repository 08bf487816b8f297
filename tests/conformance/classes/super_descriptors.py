# super() binds what it finds through its type's __get__: Python descriptors get (obj, start type), class-mode super passes None
import sys, gc

class D:
    def __get__(self, obj, owner):
        print("get", type(self).__name__, obj is None, owner.__name__, sys.getrefcount(self))
        print("  mro refs", sys.getrefcount(owner.__mro__))
        return [obj is None]

class DD(D):
    def __set__(self, obj, value):
        print("set", value)

class Quiet:
    def __get__(self, obj, owner):
        return (obj, owner)

class Broken:
    def __get__(self, obj, owner):
        raise ValueError("no value here")

class A:
    __slots__ = ("s", "__dict__")
    d = D()
    dd = DD()
    broken = Broken()
    q = Quiet()
    def f(self):
        return "A.f"
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm():
        return "A.sm"
    @property
    def p(self):
        return "A.p"

class B(A):
    d = "shadowed in B"
    def show(self):
        print(super().d, super().dd)
        print(super().f(), super().cm(), super().sm(), super().p, super().s)
        print(type(super().f).__name__, super().f.__func__ is A.f, super().f.__self__ is self)
        print(super().__class__.__name__)
        m = super().f
        print(sys.getrefcount(m))
        try:
            super().broken
        except ValueError as e:
            print("ValueError", e)
        try:
            super().missing
        except AttributeError as e:
            print("AttributeError", e)
    @classmethod
    def cshow(cls):
        print(super().d)
        print(super().cm())
        print(super().f is A.f, type(super().p).__name__, type(super().s).__name__)
        print(super().sm())

b = B()
b.s = "slot value"
b.show()
B.cshow()
print(super(B, b).d, super(B, B).d, super(A, b).__class__ is super)
gc.collect()
before = gc.get_count()[0]
x = super(B, b).q
y = super(B, B).f
z = super(B, B).q
after = gc.get_count()[0]
print(after - before, x[0] is b, y is A.f, z[0], sys.getrefcount(b))
del x, y, z, b
print(gc.collect())
# object.__init_subclass__ is a builtin classmethod: bound to the class, also through a class-mode super
print(type(B.__init_subclass__).__name__, type(dict.fromkeys).__name__, B.__init_subclass__())
print(super(B, B).__init_subclass__(), type(super(A, B).__init_subclass__).__name__)
try:
    B.__init_subclass__(1)
except TypeError as e:
    print(e)
