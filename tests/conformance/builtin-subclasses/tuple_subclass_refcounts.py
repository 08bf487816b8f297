# Reference counts, sizes and dealloc order around tuple subclass instances: items held once each, the class held, __dict__ values, id reuse
import sys


class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Row(tuple):
    pass


class Frozen(tuple):
    __slots__ = ()

    def __del__(self):
        print("Frozen.__del__", len(self))


a = Item("a")
b = Item("b")
r = Row([a, b, a])
print(sys.getrefcount(r), sys.getrefcount(a), sys.getrefcount(b), sys.getsizeof(r))
r.note = b
print(sys.getrefcount(b), sys.getsizeof(r), sys.getsizeof(r.__dict__), r.__dict__ is r.__dict__)
copy = r[:]
print(type(copy).__name__, sys.getrefcount(a), copy == r)
del copy
print(sys.getrefcount(a))
del a, b
print("deleting r")
del r
print("after r")
f = Frozen([Item("x"), Item("y"), Item("z")])
print(sys.getsizeof(f), sys.getsizeof(Frozen()), sys.getsizeof(Row()), sys.getsizeof(Row("abcd")))
try:
    f.attr = 1
except AttributeError as e:
    print("AttributeError", e)
print("deleting f")
del f
print("after f")
first = Frozen((1.5, 2.5))
addr = id(first)
del first
second = Frozen((3.5, 4.5))
print(id(second) == addr)
plain = Row(["p"])
print(sys.getrefcount(Row(["q"])), sys.getrefcount(plain), sys.getrefcount(plain[0]) > 1)
holder = [Row([Item("in list")])]
holder.clear()
print("end")
