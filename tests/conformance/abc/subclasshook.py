# __subclasshook__ decides issubclass/isinstance for an ABC (True, False, NotImplemented), with the positive and negative caches.
from abc import ABC, abstractmethod
import abc

calls = []

class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        calls.append(C.__name__)
        if cls is Sized:
            if any("__len__" in B.__dict__ for B in C.__mro__):
                return True
            if C.__name__.startswith("No"):
                return False
        return NotImplemented

class WithLen:
    def __len__(self):
        return 0

class NoLen:
    pass

class Other:
    pass

print(issubclass(WithLen, Sized), issubclass(WithLen, Sized), isinstance(WithLen(), Sized), calls)
print(issubclass(NoLen, Sized), issubclass(NoLen, Sized), calls)
print(issubclass(Other, Sized), isinstance(Other(), Sized), calls)
print(issubclass(list, Sized), isinstance({}, Sized), issubclass(int, Sized), calls)

class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1
try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError", e)

class Child(Sized):
    pass
print(issubclass(WithLen, Child), calls[-1])
Sized.register(Other)
print(issubclass(Other, Sized), isinstance(Other(), Sized))
