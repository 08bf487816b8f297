# namedtuple instances are tuples: same size as a plain tuple, no per-instance dict
from collections import namedtuple
from typing import NamedTuple
import sys

Point = namedtuple('Point', 'x y')
class Pair(NamedTuple):
    left: int
    right: int = 0

p = Point(1, 2)
t = (1, 2)
print('sizes', sys.getsizeof(p), sys.getsizeof(t), sys.getsizeof(Pair(1)))
print('has dict', hasattr(p, '__dict__'), Point.__slots__)
print('is tuple', isinstance(p, tuple), p == t, hash(p) == hash(t))
print('fields', Point._fields, Pair._fields, Pair._field_defaults)
q = p._replace(x=10)
print('replace makes new', q, q is not p, p)
print('asdict', p._asdict())
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
big = namedtuple('Big', [f'f{i}' for i in range(10)])
b = big(*range(10))
print('ten fields', sys.getsizeof(b), sys.getsizeof(tuple(range(10))))
x = [1, 2]
p2 = Point(x, x)
print('count of shared item', sys.getrefcount(x))
del p2
print('after', sys.getrefcount(x))
print('make', Point._make([5, 6]), 'unpack', *Point(7, 8))
print('repr', Pair(3, 4), Point(x=1, y=2))
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
print('index', p.index(2), p.count(1), p[0], p[-1], p[:1])
