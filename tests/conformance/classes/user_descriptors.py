# Descriptors written in Python: __get__ (data descriptors win over the instance's attributes, others lose), __set__, __delete__, with __set_name__
import sys

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            print("class access", objtype.__name__)
            return self
        print("get", self.name, "refs", sys.getrefcount(self))
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        print("set", self.name, value, "refs", sys.getrefcount(self))
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)

class Lazy:
    def __init__(self, func):
        self.func = func
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        print("computed", self.func.__name__)
        return value

class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42
    def __set__(self, obj, value):
        raise AttributeError("read-only")

class Point:
    x = Typed(int)
    y = Typed(int)
    answer = ReadOnly()
    def __init__(self, x, y):
        self.x = x
        self.y = y
    @Lazy
    def norm(self):
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p.x, p.y)
print(type(Point.x).__name__, Point.x.name)
print(p.norm, p.norm, p.norm)
try:
    p.x = "a"
except TypeError as e:
    print("TypeError:", e)
del p.x
print(hasattr(p, "_x"))
print(p.answer)
try:
    p.answer = 1
except AttributeError as e:
    print("AttributeError:", e)
p.__dict__["answer"] = 0
print(p.answer, vars(p))

class OnlySet:
    def __set__(self, obj, value):
        print("OnlySet.__set__", value)
class Holder:
    attr = OnlySet()
h = Holder()
h.attr = 5
print(type(h.attr).__name__)
try:
    del h.attr
except AttributeError as e:
    print("AttributeError:", e)
