# gc.get_count() while defining ABCs, registering, checking and instantiating them (counted before printing).
import gc
from abc import ABC, ABCMeta, abstractmethod

gc.collect()
gc.disable()
steps = []
base = gc.get_count()[0]
def mark(name):
    steps.append((name, gc.get_count()[0] - base))

class Plain:
    def f(self): pass
mark("plain class")
class A(ABC):
    @abstractmethod
    def f(self): pass
mark("abc with an abstract method")
class B(A):
    def f(self): pass
mark("concrete subclass")
class C(metaclass=ABCMeta):
    x = 1
    def g(self): pass
mark("metaclass=ABCMeta")
b = B()
mark("instance")
try:
    A()
except TypeError:
    pass
mark("abstract instantiation refused")
r = isinstance(b, A)
mark("isinstance of a subclass instance")
r = issubclass(B, A)
mark("issubclass (cached)")
r = issubclass(Plain, A)
mark("issubclass False (negative cache)")
r = issubclass(Plain, A)
mark("issubclass False again")
A.register(Plain)
mark("register")
r = isinstance(Plain(), A)
mark("isinstance through the registry")
r = issubclass(int, C)
mark("issubclass int")
for name, count in steps:
    print(name, count)
gc.enable()
