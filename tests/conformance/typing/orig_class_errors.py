# A generic alias sets __orig_class__ on what it made: typing's ignores only AttributeError, types.GenericAlias TypeError too.
from typing import Generic, TypeVar, List
T = TypeVar('T')
class C(Generic[T]):
    def __setattr__(self, name, value):
        print("setattr", name)
        raise TypeError("no " + name)
try:
    C[int]()
    print("made")
except TypeError as e:
    print("TypeError", e)
class C2(Generic[T]):
    def __setattr__(self, name, value):
        raise AttributeError("no")
print(type(C2[int]()).__name__)
class L(list):
    def __setattr__(self, name, value):
        raise TypeError("list no " + name)
print(list[int]([1]), type(L([2])).__name__)
