# type(name, bases, dict) makes the class a class statement makes: dict order, __module__/__qualname__, bases tuple kept, allocations, collection, errors
import gc, sys
X = type("X", (), {"a": 1})
print(list(X.__dict__), X.__qualname__, X.__module__, X.__bases__, X.__mro__)
class Base:
    def hello(self):
        return "hello from " + type(self).__name__
bases = (Base,)
ns = {"__qualname__": "Outer.Y", "b": 2, "__slots__": ("s",)}
Y = type("Y", bases, ns)
print(list(Y.__dict__), Y.__qualname__, Y.__bases__ is bases, Y().hello(), sys.getrefcount(bases))
print(ns)
def counted(label, make):
    gc.collect()
    before = gc.get_count()[0]
    r = make()
    after = gc.get_count()[0]
    print(label, after - before)
    return r
def stmt():
    class Z(Base):
        c = 3
    return Z
def call():
    return type("Z", (Base,), {"c": 3})
def call_ns(ns={"__module__": "__main__", "__qualname__": "Z", "c": 3}):
    return type("Z", (Base,), ns)
Z1 = counted("statement", stmt)
Z2 = counted("type()", call)
Z3 = counted("type() module in dict", call_ns)
print(sys.getrefcount(Z1), sys.getrefcount(Z2), sys.getrefcount(Base))
print(list(Z1.__dict__), list(Z2.__dict__), list(Z3.__dict__))
del Z1, Z2, Z3
print(gc.collect())
for args in [("A",), ("A", ()), ("A", (), {}, 1), (1, (), {}), ("A", [], {}), ("A", (), []), ("A", (1,), {}), ("A", (Base, Base), {})]:
    try:
        r = type(*args)
        print(r if not isinstance(r, type) else r.__name__)
    except TypeError as e:
        print("TypeError", e)
try:
    type("A", (), {"__qualname__": 5})
except TypeError as e:
    print("TypeError", e)
W = type.__new__(type, "W", (), {})
print(W.__name__, type(W).__name__)
for a in [(type, 1), (type,), (type, "A", (), {}, 1)]:
    try:
        type.__new__(*a)
    except TypeError as e:
        print(e)

# Hooks and descriptors run as for a class statement
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Registry:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)
def method(self):
    return "method of " + type(self).__name__
R = type("R", (Registry,), {"attr": Named(), "method": method, "__doc__": "made by type()"})
r = R()
print(r.method(), R.__doc__, type(R.__dict__["attr"]).__name__, sys.getrefcount(method))
del r, R
print(gc.collect(), sys.getrefcount(method))
