# type's __annotations__ getset: a class's own dict entry (a new empty one stored when absent), never a base's.
class C:
    a: int
class D(C):
    pass
print(D.__annotations__, D.__dict__.get('__annotations__'), C.__annotations__)
class E: pass
print(E.__annotations__, '__annotations__' in E.__dict__)
del E.__annotations__
print(E.__annotations__)
try:
    del E.__annotations__
    del E.__annotations__
except AttributeError as e:
    print("AttributeError", e)
try:
    int.__annotations__
except AttributeError as e:
    print(e)
from dataclasses import dataclass, fields
@dataclass
class A:
    x: int = 1
@dataclass
class B(A):
    pass
print(B.__annotations__, [f.name for f in fields(B)], B())
def f(a: int) -> str: pass
print(f.__annotations__)
import sys
print(sys.getrefcount(D.__annotations__))
