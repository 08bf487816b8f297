# __new__ of a list or dict subclass, subclasses of subclasses, mixins, and list.__new__/dict.__new__ called directly
import sys


class Base(list):
    def describe(self):
        return f"{type(self).__name__} of {len(self)}"


class Derived(Base):
    def __init__(self, *items):
        print("Derived.__init__", items)
        super().__init__(items)


class Mixin:
    def shout(self):
        return str(self).upper()


class Words(Mixin, Base):
    pass


d = Derived("a", "b")
w = Words(["x", "y"])
print(d, d.describe(), w, w.describe(), w.shout(), isinstance(w, Mixin), Words.__mro__)


class Fixed(list):
    def __new__(cls, *args):
        print("Fixed.__new__", cls.__name__, args)
        obj = super().__new__(cls)
        print("new object is empty:", obj == [], type(obj).__name__)
        return obj

    def __init__(self, *args):
        print("Fixed.__init__", args)
        super().__init__(args)


f = Fixed(1, 2)
print(f, sys.getrefcount(f))

empty = list.__new__(Base)
print(empty, type(empty).__name__, empty.describe())
class Table(dict):
    pass


table = dict.__new__(Table)
print(table, type(table).__name__)
try:
    list.__new__(dict)
except TypeError as e:
    print("TypeError:", e)
try:
    Base([1], [2])
except TypeError as e:
    print("TypeError:", e)
try:
    Base(x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    Table(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Base())
except TypeError as e:
    print("TypeError:", e)
try:
    {Table(): 1}
except TypeError as e:
    print("TypeError:", e)
