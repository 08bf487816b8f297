# abc.update_abstractmethods after adding or implementing methods, a class decorator that fills in methods, and plain classes.
import abc
from abc import ABC, abstractmethod

class Base(ABC):
    @abstractmethod
    def run(self): ...

class Later(Base):
    pass
print(sorted(Later.__abstractmethods__))
Later.run = lambda self: "ran"
try:
    Later()
except TypeError as e:
    print(e)
print(abc.update_abstractmethods(Later) is Later, Later.__abstractmethods__, Later().run())

def add_stop(cls):
    @abstractmethod
    def stop(self): ...
    cls.stop = stop
    return abc.update_abstractmethods(cls)

@add_stop
class Machine(Base):
    def run(self):
        return "running"
print(sorted(Machine.__abstractmethods__))
try:
    Machine()
except TypeError as e:
    print(e)

class Plain:
    pass
print(abc.update_abstractmethods(Plain) is Plain, hasattr(Plain, "__abstractmethods__"))
Plain.__abstractmethods__ = frozenset({"x", "a"})
try:
    Plain()
except TypeError as e:
    print(e)
Plain.__abstractmethods__ = ()
print(type(Plain()).__name__)
del Plain.__abstractmethods__
print(type(Plain()).__name__)
try:
    del Plain.__abstractmethods__
except AttributeError as e:
    print("AttributeError", e)
