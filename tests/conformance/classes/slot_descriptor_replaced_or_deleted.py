# A slot is reached only through its member descriptor: one replaced or deleted in the class leaves the value unreachable.
class X:
    __slots__ = ('x',)
X.x = 5
o = X()
try:
    o.x = 1
    print(o.x)
except AttributeError as e:
    print(e)
print(o.x)
class Y:
    __slots__ = ('y',)
p = Y()
p.y = 1
del Y.y
try:
    print(p.y)
except AttributeError as e:
    print(e)
try:
    p.y = 2
except AttributeError as e:
    print(e)
from dataclasses import dataclass
@dataclass(slots=True)
class Z:
    z: int = 1
Z.z = 5
try:
    print(Z().z)
except AttributeError as e:
    print(e)
class W:
    __slots__ = ('m',)
    def f(self): return 1
w = W(); w.m = 3
W.m = lambda self: "method"
print(w.m())
class V:
    __slots__ = ('v',)
q = V()
q.v = 1
del V.v
print(getattr(q, 'v', 'missing'), hasattr(q, 'v'))
try:
    print(q.v)
except AttributeError as e:
    print(e)
