# Refcounts and sizes of ABCs: the class, its __abstractmethods__ frozenset and _abc_impl (an _abc._abc_data), and what registration holds.
import sys
import gc
from abc import ABC, ABCMeta, abstractmethod

class Base(ABC):
    @abstractmethod
    def f(self): ...
    @abstractmethod
    def g(self): ...

class Impl(Base):
    def f(self): return 1
    def g(self): return 2

print(sys.getrefcount(Base), sys.getrefcount(Impl))
print(sys.getsizeof(Base), sys.getsizeof(Impl), type(Base).__name__, type(Base).__module__)
am = Base.__abstractmethods__
print(type(am).__name__, sys.getsizeof(am), sys.getrefcount(am), gc.is_tracked(am), sorted(am))
impl = Base._abc_impl
print(type(impl), sys.getsizeof(impl), sys.getrefcount(impl), gc.is_tracked(impl), impl is Impl._abc_impl)
print([type(x).__name__ for x in gc.get_referents(impl)])
print(sys.getsizeof(Impl.__abstractmethods__), len(Impl.__abstractmethods__), Impl.__abstractmethods__ is Base.__abstractmethods__)
obj = Impl()
print(sys.getrefcount(Impl), sys.getsizeof(obj), obj.f() + obj.g())
del obj
print(sys.getrefcount(Impl))
print(isinstance(Impl(), Base), sys.getrefcount(Impl))
class Virtual:
    pass
Base.register(Virtual)
print([len(x) for x in Base._abc_impl.__class__.__name__], sys.getrefcount(Virtual))
print(isinstance(Virtual(), Base), issubclass(Virtual, Impl), sys.getrefcount(Virtual))
print(sorted(k for k in Base.__dict__ if not k.startswith("__")), "_abc_impl" in Impl.__dict__)
