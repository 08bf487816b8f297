# slot wrappers called directly (k.__eq__(k), object.__setattr__(k, ...), K.__subclasshook__(K)) take their arguments as a tuple: gc.get_count() sees it; dir() reads __dict__ and __class__ through the class's hooks
import gc
class K:
    pass
k = K()
k.a = 1
o = object()
def measure(label, f):
    gc.collect()
    c0 = gc.get_count()[0]
    f()
    c1 = gc.get_count()[0]
    print(label, c1 - c0)
measure("get k.__eq__", lambda: k.__eq__)
m = k.__eq__
measure("call m", lambda: m(k))
measure("k.__eq__(k)", lambda: k.__eq__(k))
measure("o.__eq__(o)", lambda: o.__eq__(o))
measure("k.__ne__(k)", lambda: k.__ne__(k))
measure("k.__eq__(1)", lambda: k.__eq__(1))
measure("k.__lt__(k)", lambda: k.__lt__(k))
measure("k.__setattr__", lambda: k.__setattr__("a", 2))
measure("o.__setattr__", lambda: o.__setattr__("a", 2) if False else None)
measure("k.__getattribute__", lambda: k.__getattribute__("a"))
measure("o.__getattribute__", lambda: o.__getattribute__("__class__"))
measure("k.__delattr__", lambda: (k.__setattr__("b", 1), k.__delattr__("b")))
measure("(5).__eq__(5)", lambda: (5).__eq__(5))
measure("k.__init__()", lambda: k.__init__())
measure("k.__ge__(k)", lambda: k.__ge__(k))
measure("object.__eq__ unbound", lambda: object.__eq__(k, k))
measure("object.__setattr__ unbound", lambda: object.__setattr__(k, "a", 3))
measure("object.__getattribute__ unbound", lambda: object.__getattribute__(k, "a"))
measure("K.__eq__ unbound", lambda: K.__eq__(k, 1))
measure("object.__repr__ unbound", lambda: object.__repr__(k))
measure("object.__hash__ unbound", lambda: object.__hash__(k))
measure("object.__init__ unbound", lambda: object.__init__(k))
measure("str.__eq__ unbound", lambda: str.__eq__("a", "b"))
measure("int.__add__ unbound", lambda: int.__add__(1, 2))
measure("list.__len__ unbound", lambda: list.__len__([]))
measure("float.__lt__", lambda: (1.0).__lt__(2.0))
measure("str.__lt__", lambda: "a".__lt__("b"))
measure("str.__mod__", lambda: "%s".__mod__(1))
measure("tuple.__eq__", lambda: (1,).__eq__((1,)))
measure("set.__eq__", lambda: {1}.__eq__({1}))
measure("dict.__eq__", lambda: {}.__eq__({}))
measure("list.__eq__", lambda: [].__eq__([]))
measure("type.__call__", lambda: K.__call__())
measure("k.__class__.__name__", lambda: k.__class__.__name__)
measure("K.__subclasshook__", lambda: K.__subclasshook__(K))
measure("k.__init_subclass__", lambda: K.__init_subclass__())
measure("int.__bool__", lambda: (1).__bool__())
measure("int.__neg__", lambda: (1).__neg__())
measure("int.__pow__ 3", lambda: (2).__pow__(3, 5))
measure("float.__round__", lambda: (2.5).__round__())
measure("range.__contains__", lambda: range(3).__contains__(1))
measure("str.__contains__", lambda: "abc".__contains__("b"))
measure("str.__getitem__", lambda: "abc".__getitem__(1))
measure("tuple.__getitem__", lambda: (1, 2).__getitem__(0))
measure("K.__subclasshook__(K)", lambda: K.__subclasshook__(K))
measure("object.__subclasshook__()", lambda: object.__subclasshook__())
print(object.__subclasshook__(), object.__subclasshook__(1, 2, 3), K.__subclasshook__(K))
try:
    object.__subclasshook__(x=1)
except TypeError as e:
    print("TypeError:", e)
class G:
    __slots__ = ("a",)
    def __getattr__(self, name):
        print("getattr", name)
        raise AttributeError(name)
class H:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
print(len(dir(G())) > 0)
print(len(dir(H())) > 0)
gc.collect()
c0 = gc.get_count()[0]
dir(G())
print(gc.get_count()[0] - c0)
