# A metaclass __instancecheck__ and __subclasscheck__ (duck-typed interfaces) for isinstance, issubclass (tuples and unions too) and class patterns, called through a bound method; the exact-type shortcut, errors and argument checks
import sys, gc
class Duck(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__, sys.getrefcount(cls), sys.getrefcount(inst))
        return hasattr(inst, "quack")
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub, sys.getrefcount(cls))
        return hasattr(sub, "quack")
class Quacker(metaclass=Duck):
    pass
class Real:
    def quack(self): pass
class Fake:
    pass
r, f = Real(), Fake()
print(isinstance(r, Quacker), isinstance(f, Quacker), isinstance(Quacker(), Quacker))
print(isinstance(r, (int, Quacker)), isinstance(5, int | Quacker))
print(issubclass(Real, Quacker), issubclass(Fake, Quacker), issubclass(5, Quacker))
print(issubclass(Real, (int, Quacker)))
try:
    issubclass(5, (int,))
except TypeError as e:
    print(e)
try:
    issubclass(5, "x")
except TypeError as e:
    print(e)
try:
    isinstance(5, "x")
except TypeError as e:
    print(e)
def where(x):
    match x:
        case Quacker():
            return "quacks"
        case _:
            return "silent"
print(where(r), where(f))
class Plain(type): pass
class P(metaclass=Plain): pass
class Q(P): pass
print(isinstance(Q(), P), issubclass(Q, P), isinstance(P(), Q))
class Err(type):
    def __instancecheck__(cls, inst):
        raise KeyError("no")
class E(metaclass=Err): pass
try:
    isinstance(1, E)
except KeyError as e:
    print("KeyError", e)
print(isinstance(E(), E))
print(gc.collect())
