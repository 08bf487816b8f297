# __slots__ and inheritance decide which descriptors a class's dict holds, each one a reference to the class.
import sys


def count(cls):
    return sys.getrefcount(cls) - 2


class Slotted:
    __slots__ = ("b", "a")

class Empty:
    __slots__ = ()

class AddsDict(Slotted):
    pass

class OnlyWeak:
    __slots__ = ("__weakref__",)

class DictAndSlot:
    __slots__ = ("__dict__", "q")

class Error(Exception):
    pass

class SubError(Error):
    pass

for cls in (Slotted, Empty, AddsDict, OnlyWeak, DictAndSlot, Error, SubError):
    print(cls.__name__, count(cls), [k for k in cls.__dict__])

class Base:
    pass

class NoSlots(Base):
    __slots__ = ()

class Both(NoSlots, Base):
    pass

print("layout base:", Both.__base__.__name__, count(Base), count(NoSlots), count(Both))

class Dicted:
    pass

class Mixed(Dicted, Slotted):
    pass

print("slotted base wins:", Mixed.__base__.__name__, count(Dicted), count(Slotted))
print(Slotted.a, AddsDict.__dict__["__weakref__"], type(Slotted.a).__name__)
s = Slotted()
try:
    s.a
except AttributeError as e:
    print("unset slot:", e)
s.a = 1
print("set slot:", s.a)
plain = AddsDict()
print("no weak reference yet:", plain.__weakref__)
