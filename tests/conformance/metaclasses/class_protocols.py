# A metaclass's __iter__, __len__, __contains__, __getitem__ (before __class_getitem__), __bool__, __reversed__, __repr__ and __str__ serve its classes (an enum-like class): refcounts inside them, the sequence fallbacks, their errors, and gc.collect() after
import sys, gc
class EnumLike(type):
    def __new__(mcls, name, bases, ns):
        members = [k for k in ns if not k.startswith("_")]
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = members
        return cls
    def __iter__(cls):
        print("iter", sys.getrefcount(cls))
        return (getattr(cls, m) for m in cls._members)
    def __len__(cls):
        return len(cls._members)
    def __contains__(cls, value):
        return value in [getattr(cls, m) for m in cls._members]
    def __getitem__(cls, name):
        print("getitem", sys.getrefcount(cls))
        return getattr(cls, name)
    def __repr__(cls):
        return f"<enum {cls.__name__}>"
    def __str__(cls):
        return "str:" + cls.__name__
class Color(metaclass=EnumLike):
    RED = 1
    GREEN = 2
    def __class_getitem__(cls, item):
        return "never"
print(list(Color), len(Color), 2 in Color, 5 in Color, Color["GREEN"])
print(Color, repr(Color), str(Color), f"{Color}", f"{Color!r}", [Color], format(Color, ""))
print(bool(Color), "%s %r" % (Color, Color))
for c in Color:
    print(c)
print(sorted(Color), sum(Color), max(Color), tuple(Color), dict.fromkeys(Color))
a, b = Color
print(a, b, *Color)
class Empty(metaclass=EnumLike):
    pass
print(bool(Empty), len(Empty), list(Empty), "x" in Empty)
class Seq(type):
    def __getitem__(cls, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
    def __bool__(cls):
        return False
class S(metaclass=Seq): pass
print(list(S), 20 in S, bool(S), not S)
try:
    len(S)
except TypeError as e:
    print(e)
try:
    reversed(Color)
except TypeError as e:
    print(e)
try:
    iter(S)
    print(next(iter(S)))
except TypeError as e:
    print(e)
class Meta2(type):
    def __len__(cls):
        return -1
class Neg(metaclass=Meta2): pass
try:
    len(Neg)
except ValueError as e:
    print(e)
print(sys.getrefcount(Color))
del Color, Empty, S, Neg
print(gc.collect())
class R(type):
    def __len__(cls): return 3
    def __getitem__(cls, i): return i * 2
    def __reversed__(cls):
        print("own reversed", sys.getrefcount(cls))
        return iter([9])
class RR(metaclass=R): pass
print(list(reversed(RR)))
class R2(type):
    def __len__(cls): return 3
    def __getitem__(cls, i): return i * 2
class RR2(metaclass=R2): pass
print(list(reversed(RR2)))
class Inst:
    def __reversed__(self):
        print('inst reversed', sys.getrefcount(self))
        return iter([])
i = Inst()
print(list(reversed(i)))
class L(list):
    def __reversed__(self):
        print('list sub reversed', sys.getrefcount(self))
        return iter([])
l = L()
print(list(reversed(l)))
