# String annotations (from __future__ import annotations): InitVar and KW_ONLY found by name, copies of instances, descriptor defaults and __set_name__
from __future__ import annotations
import copy
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY, fields

@dataclass
class A:
    x: int
    y: InitVar[int] = 0
    _: KW_ONLY
    z: list[int] = field(default_factory=list)
    w: dataclasses.InitVar[str] = "w"
    def __post_init__(self, y, w):
        self.total = self.x + y
a = A(1, 2, z=[3])
print(a, a.total, [f.name for f in fields(a)], A.__doc__)
print(A.__init__.__annotations__)
b = copy.deepcopy(a)
print(b, b.z is a.z, copy.copy(a) == a)

class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get("_" + self.name, 42)
    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = value

@dataclass
class D:
    d: int = field(default=Desc())
    e: int = Desc()
x = D()
print(D(5, 6), type(x.d).__name__, type(x.e).__name__, type(D.__dict__["d"]).__name__)
