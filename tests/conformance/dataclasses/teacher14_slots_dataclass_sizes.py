# dataclass(slots=True) versus a plain dataclass: getsizeof of the instance and of what it carries
from dataclasses import dataclass, field, fields
import sys

@dataclass
class Plain:
    x: int
    y: int

@dataclass(slots=True)
class Slim:
    x: int
    y: int

@dataclass(frozen=True, slots=True)
class Frozen:
    x: int
    y: int

p = Plain(1, 2); s = Slim(1, 2); f = Frozen(1, 2)
print('instance sizes', sys.getsizeof(p), sys.getsizeof(s), sys.getsizeof(f))
print('has __dict__', hasattr(p, '__dict__'), hasattr(s, '__dict__'), hasattr(f, '__dict__'))
print('slots', getattr(Plain, '__slots__', None), Slim.__slots__, Frozen.__slots__)
print('dict size before touching', sys.getsizeof(p.__dict__))
p.z = 3
print('after extra attr', sys.getsizeof(p.__dict__), p)
try:
    s.z = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    f.x = 5
except Exception as e:
    print(type(e).__name__, e)
print('eq', Slim(1, 2) == s, 'repr', s, f)
print('fields', [fl.name for fl in fields(Slim)])
many_plain = [Plain(i, i) for i in range(3)]
many_slim = [Slim(i, i) for i in range(3)]
print('totals', sum(sys.getsizeof(o) + sys.getsizeof(o.__dict__) for o in many_plain), sum(sys.getsizeof(o) for o in many_slim))
@dataclass(slots=True)
class WithDefault:
    items: list = field(default_factory=list)
    n: int = 0
w = WithDefault()
print(w, sys.getsizeof(w), sys.getrefcount(w.items))
print('hash frozen', hash(f) == hash((1, 2)))
