# A class's layout members as type_new sets them: slots, __weakref__, a managed __dict__ (3.11: three pointers before the object)
import sys


def show(t):
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)


class Plain:
    pass


class Point:
    __slots__ = ("x", "y")


class WithDict:
    __slots__ = ("x", "__dict__")


class WithWeakref:
    __slots__ = ("x", "__weakref__")


class Both:
    __slots__ = ("__dict__", "__weakref__")


class Empty:
    __slots__ = ()


class Child(Plain):
    pass


class Point3(Point):
    __slots__ = ("z",)


class Loose(Point):
    pass


class Mixed(Empty, Plain):
    __slots__ = ()


class Diamond(Point, Plain):
    pass


class Meta(type):
    pass


for t in [Plain, Point, WithDict, WithWeakref, Both, Empty, Child, Point3, Loose, Mixed, Diamond, Meta]:
    show(t)

# getsizeof adds the GC head (16) and, for a managed __dict__, the two pointers before it.
print(sys.getsizeof(Plain()), Plain.__basicsize__ + 16 + 16)
print(sys.getsizeof(Point()), Point.__basicsize__ + 16)
print(sys.getsizeof(Point3()), Point3.__basicsize__ + 16)
print(sys.getsizeof(Loose()), Loose.__basicsize__ + 16 + 16)
print(sys.getsizeof(WithWeakref()), WithWeakref.__basicsize__ + 16)
print(object.__sizeof__(Point3()) == Point3.__basicsize__)
print(type(Plain) is Meta, Meta.__basicsize__ == type.__basicsize__)
