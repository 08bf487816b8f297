# ABCs die in gc.collect(): the class, its dict, __abstractmethods__, _abc_impl and the weak sets; a registered class's death empties the registry.
import gc
import abc
from abc import ABC, abstractmethod

class Meta(abc.ABCMeta):
    def __del__(cls):
        print("class freed:", cls.__name__)

gc.collect()

class Temp(metaclass=Meta):
    @abstractmethod
    def f(self): ...
del Temp
print("collected", gc.collect())

class Base(metaclass=Meta):
    pass
class Registered(metaclass=Meta):
    pass
Base.register(Registered)
print(issubclass(Registered, Base), [len(s) for s in abc._get_dump(Base)[:3]])
del Registered
print("collected", gc.collect())
print([len(s) for s in abc._get_dump(Base)[:3]])

class Checked(metaclass=Meta):
    pass
print(issubclass(Checked, Base), [len(s) for s in abc._get_dump(Base)[:3]])
del Checked
print("collected", gc.collect())
print([len(s) for s in abc._get_dump(Base)[:3]])

class Child(Base):
    pass
print(isinstance(Child(), Base), [len(s) for s in abc._get_dump(Base)[:3]])
del Child
print("collected", gc.collect())
print([len(s) for s in abc._get_dump(Base)[:3]])
del Base
print("collected", gc.collect())
