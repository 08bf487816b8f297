# class A(*bases, **kw): the bases and keywords go through a tuple and a dict, as any call with * and **
import sys
class Base:
    def hello(self): return "base"
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta", name, [b.__name__ for b in bases], sorted(kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
bases = (Base,)
class A(*bases):
    pass
print(A.__mro__, A().hello())
class B(object, *()):
    pass
print(B.__bases__)
opts = {"metaclass": Meta, "flag": 1}
class C(*bases, **opts):
    x = 1
print(type(C).__name__, C.x)
class D(Base, **{"metaclass": Meta}):
    pass
print(D.__bases__, sys.getrefcount(Base))
class E(*[], metaclass=Meta):
    pass
try:
    class F(*5):
        pass
except TypeError as e:
    print(e)
