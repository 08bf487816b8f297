# slots=True makes a new class with __slots__ (sizes, no __dict__, the old class left to the collector), weakref_slot, frozen pickling helpers
import sys, gc
from dataclasses import dataclass, fields
gc.collect()
@dataclass(slots=True)
class P:
    x: int
    y: int = 0
p = P(1)
print(p, P.__slots__, sys.getsizeof(p), P.__qualname__, hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print(e)
print(gc.collect())
@dataclass(slots=True, frozen=True, weakref_slot=True)
class F:
    a: int
print(F(2), F.__slots__, F.__getstate__.__qualname__, F(2).__getstate__(), sys.getsizeof(F(2)))
def make():
    @dataclass(slots=True)
    class Inner:
        v: int
    return Inner
print(make().__qualname__, make()(4))
@dataclass(slots=True)
class Child(P):
    z: int = 5
print(Child(1), Child.__slots__, sys.getsizeof(Child(1)))
print(gc.collect())
try:
    @dataclass(slots=True)
    class S:
        __slots__ = ('q',)
        q: int
except TypeError as e:
    print(e)
P.__name__ = "Renamed"
print(P.__name__, P(3))
try:
    P.__qualname__ = 5
except TypeError as e:
    print(e)
