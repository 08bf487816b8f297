# One LOAD_ATTR/STORE_ATTR instruction sees classes change under it: properties, hooks, __dict__, __class__.
import sys

class A:
    def __init__(self, x):
        self.x = x

class B:
    def __init__(self, x):
        self.x = x

def read(o):
    return o.x

def write(o, v):
    o.x = v

objs = [A(1), B(2), A(3), B(4)]
for o in objs:
    write(o, read(o) * 10)
    print(type(o).__name__, read(o))

a = A([1, 2])
item = a.x
print(sys.getrefcount(item))
for _ in range(3):
    write(a, item)
print(sys.getrefcount(item))

A.x = property(lambda self: "from property", lambda self, v: print("setter got", v))
print(read(a))
write(a, 99)
print(a.__dict__)
del A.x
print(read(a))

def fallback(self, name):
    return "fallback " + name
A.__getattr__ = fallback
del a.x
print(read(a))
del A.__getattr__

def loud_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)
A.__setattr__ = loud_setattr
write(a, 5)
print(read(a))
del A.__setattr__

d = a.__dict__
write(a, 6)
print(read(a), d)

a.__class__ = B
write(a, 7)
print(type(a).__name__, read(a))

class Slotted:
    __slots__ = ("x",)
s = Slotted()
write(s, 8)
print(read(s))
try:
    read(Slotted())
except AttributeError as e:
    print("AttributeError:", e)

class Many:
    pass
m = Many()
for i in range(40):
    setattr(m, "a%d" % i, i)
write(m, 1)
print(read(m), sys.getsizeof(m.__dict__))
