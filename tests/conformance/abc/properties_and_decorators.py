# Abstract properties, classmethods and staticmethods (the modern stacking and the deprecated abstractproperty/abstractclassmethod/abstractstaticmethod).
import abc
from abc import ABC, abstractmethod

class Base(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def version(): ...

print(sorted(Base.__abstractmethods__))
print(Base.__dict__["name"].__isabstractmethod__, Base.__dict__["make"].__isabstractmethod__, Base.__dict__["version"].__isabstractmethod__)

class Impl(Base):
    @property
    def name(self):
        return "impl"
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def version():
        return 3

i = Impl.make()
print(i.name, Impl.version(), Impl.__abstractmethods__)

class Partial(Base):
    name = "plain attribute"
try:
    Partial()
except TypeError as e:
    print(e)

def f(self):
    return 1
print(abstractmethod(f) is f, f.__isabstractmethod__)

import sys, gc
class Old(ABC):
    @abc.abstractproperty
    def size(self):
        "the size"
    @abc.abstractclassmethod
    def build(cls): ...
    @abc.abstractstaticmethod
    def check(): ...
print(sorted(Old.__abstractmethods__))
for name in ("size", "build", "check"):
    d = Old.__dict__[name]
    print(type(d).__name__, type(d).__mro__[1].__name__, d.__isabstractmethod__, sys.getsizeof(d), gc.is_tracked(d))
print(Old.__dict__["size"].__dict__, Old.__dict__["size"].__doc__, sorted(Old.__dict__["build"].__dict__))
class New(Old):
    size = 3
    @classmethod
    def build(cls):
        return cls()
    @staticmethod
    def check():
        return True
print(New.build().size, New.check(), New.__abstractmethods__)
try:
    Old()
except TypeError as e:
    print(e)
