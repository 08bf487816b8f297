# Each class has shared keys of its own; __slots__ with '__dict__' keeps slot values out of the split dict.
import sys

class Base:
    def __init__(self):
        self.x = 1

class Child(Base):
    def __init__(self):
        super().__init__()
        self.y = 2

b = Base()
c = Child()
print("base", sys.getsizeof(b.__dict__), "child", sys.getsizeof(c.__dict__))
c2 = Child()
print("child2", sys.getsizeof(c2.__dict__), "base2", sys.getsizeof(Base().__dict__))

class Mixed:
    __slots__ = ("a", "__dict__")

m = Mixed()
m.a = 1
m.b = 2
print("mixed", sys.getsizeof(m), sys.getsizeof(m.__dict__), list(m.__dict__), m.a)
m.a = 10
del m.b
print("mixed after", list(m.__dict__), m.a)

class Slotted:
    __slots__ = ("a",)

class Open(Slotted):
    pass

o = Open()
o.a = 1
o.b = 2
print("open", sys.getsizeof(o), sys.getsizeof(o.__dict__), list(o.__dict__))

class Narrow(Base):
    __slots__ = ("n",)

n = Narrow()
print("narrow", sys.getsizeof(n), sys.getsizeof(n.__dict__))

class WeakOnly:
    __slots__ = ("__weakref__",)

print("weak only", sys.getsizeof(WeakOnly()))

class Err(Exception):
    pass

class ErrSlots(Exception):
    __slots__ = ("q",)

err = Err()
print("exception", sys.getsizeof(err), sys.getsizeof(err.__dict__), sys.getsizeof(ErrSlots()), sys.getsizeof(ValueError()))
err.note = 1
print("exception dict", sys.getsizeof(err.__dict__))
print("object", sys.getsizeof(object()))
