# A class deriving from a namedtuple class: methods, __slots__ = () or a __dict__, __del__, no weak references, sizes
import sys
import weakref
from collections import namedtuple


class Point(namedtuple("Point", "x y")):
    __slots__ = ()

    @property
    def hypot(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return "Point: x=%6.3f  y=%6.3f  hypot=%6.3f" % (self.x, self.y, self.hypot)


for p in Point(3, 4), Point(14, 5 / 7):
    print(p)
print(repr(Point(3, 4)), Point.__mro__, Point._fields, Point(1, 2)._replace(x=5), type(Point._make([1, 2])).__name__)
print(sys.getsizeof(Point(1, 2)), Point.__dict__.get("__dict__"), Point.__dict__.get("__weakref__"))


class Tagged(namedtuple("Base", "a b")):
    def __del__(self):
        print("Tagged.__del__", self, self.__dict__)

    def __repr__(self):
        return "Tagged" + super().__repr__()


t = Tagged(1, [2])
t.note = "hello"
print(t, sys.getsizeof(t), t.__dict__, sys.getrefcount(t), t._asdict())
try:
    weakref.ref(t)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.ref(Point(1, 2))
except TypeError as e:
    print("TypeError", e)
print("deleting t")
del t
print("after t")


class WithNew(namedtuple("WithNew", "lo hi")):
    __slots__ = ()

    def __new__(cls, lo, hi):
        if lo > hi:
            lo, hi = hi, lo
        return super().__new__(cls, lo, hi)


print(WithNew(5, 1), WithNew(1, 5), WithNew._make([9, 2]), WithNew(3, 1)._replace(lo=7))
Node = namedtuple("Node", "value children")
tree = Node(1, [Node(2, []), Node(3, [Node(4, [])])])


def total(node):
    return node.value + sum(total(c) for c in node.children)


print(total(tree), tree.children[1].children[0].value, sys.getrefcount(tree.children))
