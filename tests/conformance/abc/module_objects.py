# What the abc module holds: ABC, ABCMeta and the decorators, their reprs and MROs, and ABC's own attributes.
import abc
from abc import ABC, ABCMeta

print(ABC, ABCMeta, type(ABC), ABCMeta.__mro__, ABC.__mro__)
print(ABC.__slots__, ABC.__abstractmethods__, type(ABC._abc_impl).__name__, ABC.__module__, ABCMeta.__module__)
print(abc.abstractmethod.__name__, abc.abstractproperty.__mro__, abc.abstractclassmethod.__mro__, abc.abstractstaticmethod.__mro__)
print(isinstance(ABC, ABCMeta), issubclass(ABCMeta, type), callable(ABCMeta.register), type(abc.get_cache_token()).__name__)

class K(ABC):
    pass
k = K()
try:
    k.x = 1
    print(k.x)
except AttributeError as e:
    print(e)
print(type(K).__name__, K.__abstractmethods__, K.__subclasshook__(int))

class Mixed(ABC, metaclass=ABCMeta):
    pass
class Conflict(type):
    pass
try:
    class Bad(ABC, metaclass=Conflict):
        pass
except TypeError as e:
    print(e)
