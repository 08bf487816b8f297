# __new__ overrides of a tuple subclass: tuple.__new__(cls, it) and super().__new__(cls, it), __init__ after them, argument errors
import sys


class Point(tuple):
    def __new__(cls, x, y):
        print("Point.__new__", cls.__name__, x, y)
        return tuple.__new__(cls, (x, y))

    def __init__(self, x, y):
        print("Point.__init__", self, x, y)

    @property
    def x(self):
        return self[0]


class Point3(Point):
    def __new__(cls, x, y, z):
        self = super().__new__(cls, x, y)
        print("built", self, type(self).__name__)
        return self

    def __init__(self, *args):
        print("Point3.__init__", args)


p = Point(1, 2)
print(p, p.x, type(p).__name__)
q = Point3(1, 2, 3)
print(q, type(q).__name__, q.x)


class Labelled(tuple):
    def __new__(cls, items, label):
        self = super().__new__(cls, items)
        self.label = label
        return self


lab = Labelled([5, 6, 7], "seven")
print(lab, lab.label, lab.__dict__, sys.getsizeof(lab), len(lab))


class Weird(tuple):
    def __new__(cls):
        return [1, 2]


print(Weird(), type(Weird()).__name__)
r = tuple.__new__(Labelled, "xy")
print(r, type(r).__name__, r.__dict__)
try:
    tuple.__new__(Labelled, 1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    tuple.__new__(Labelled, 5)
except TypeError as e:
    print("TypeError", e)
try:
    tuple.__new__(dict)
except TypeError as e:
    print("TypeError", e)
try:
    list.__new__(Labelled)
except TypeError as e:
    print("TypeError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)


class Kw(tuple):
    def __init__(self, items, **kw):
        print("Kw.__init__", kw)


print(Kw([1], tag=2))
try:
    class Slotted(tuple):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError", e)
try:
    class Slotted2(Point):
        __slots__ = ["__dict__"]
except TypeError as e:
    print("TypeError", e)
