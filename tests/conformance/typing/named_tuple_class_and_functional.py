# typing.NamedTuple: class syntax and the functional form, annotations, defaults, methods, errors, sizes and counts
import gc, sys
from typing import NamedTuple, Generic, TypeVar, List, Optional

class Point(NamedTuple):
    """A point in the plane."""
    x: int
    y: int = 0
    label: str = 'origin'

    def norm2(self):
        return self.x * self.x + self.y * self.y

    @property
    def flipped(self):
        return Point(self.y, self.x, self.label)

    def __repr__(self):
        return f'<{self.label} {self.x},{self.y}>'

p = Point(3, 4, 'p')
print(p, p.norm2(), p.flipped, Point(1))
print(Point.__doc__, Point._fields, Point._field_defaults)
print(Point.__annotations__, Point.__new__.__annotations__ is Point.__annotations__)
print(Point.__bases__, Point.__mro__, Point.__module__, Point.__qualname__)
print('orig bases', [b.__name__ for b in Point.__orig_bases__])
print(type(Point).__name__, isinstance(p, tuple), sys.getsizeof(p), sys.getsizeof((1, 2, 3)))
print(sorted(k for k in vars(Point) if not k.startswith('__')))
print(Point._make([5, 6, 'm']), p._replace(x=9), p._asdict())
v = [1, 2]
q = Point(v, v)
print('count', sys.getrefcount(v))
del q
print('count', sys.getrefcount(v))

Employee = NamedTuple('Employee', [('name', str), ('id', int)])
e = Employee('ann', 7)
print(e, Employee.__annotations__, Employee.__module__, Employee._field_defaults)
Pair = NamedTuple('Pair', left=int, right=Optional[int])
print(Pair(1, None), Pair.__annotations__)

class Node(NamedTuple):
    value: int
    parent: 'Node' = None
print(Node.__annotations__['parent'], Node(1), Node(2, Node(1)))

class Base(NamedTuple):
    a: int
class Child(Base):
    def twice(self):
        return self.a * 2
print(Child(4).twice(), Child.__mro__, hasattr(Child(1), '__dict__'))

T = TypeVar('T')
for make in [
    lambda: NamedTuple('E', [('x', int)], y=int),
    lambda: NamedTuple('E', [('x', 3)]),
]:
    try:
        make()
    except TypeError as err:
        print('TypeError', err)
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as err:
    print('TypeError', err)
try:
    class Bad2(NamedTuple):
        x: int
        def _asdict(self):
            return {}
except AttributeError as err:
    print('AttributeError', err)
try:
    class Bad3(NamedTuple, object):
        x: int
except TypeError as err:
    print('TypeError', err)
try:
    Point(1, 2, 3, 4)
except TypeError as err:
    print('TypeError', err)
try:
    p.x = 1
except AttributeError as err:
    print('AttributeError', err)

gc.collect()
class Temp(NamedTuple):
    a: int
    b: str
del Temp
print('collected', gc.collect())
gc.collect()
gc.disable()
before = gc.get_count()
class Counted(NamedTuple):
    a: int
after = gc.get_count()
print('allocations for a one-field class', after[0] - before[0])
gc.collect()
before = gc.get_count()
Q = NamedTuple('Q', [('a', int)])
after = gc.get_count()
print('and for the functional form', after[0] - before[0])
gc.enable()
print(NamedTuple.__name__, type(NamedTuple).__name__)
