# Metaclass edge cases: a non-callable metaclass, a __new__ returning no class (no __init__ then) or another class, __init__ raising, type.__new__/__init__/__call__ argument errors, keywords left over, a plain-function __prepare__, metaclasses with typing.Generic and dataclasses
import sys, gc
from typing import Generic, TypeVar
T = TypeVar("T")
def attempt(label, f):
    try:
        r = f()
        print(label, "->", r if not isinstance(r, type) else r.__name__)
    except Exception as e:
        print(label, type(e).__name__, e)
def c1():
    class C(metaclass=5): pass
    return C
attempt("int meta", c1)
class M(type): pass
bases = (object,)
kw = {"metaclass": M}
class Weird(type):
    def __new__(mcls, name, bases, ns):
        return 42
    def __init__(cls, *a):
        print("never")
def c3():
    class C(metaclass=Weird): pass
    return C
attempt("returns 42", c3)
class Other(type):
    def __new__(mcls, name, bases, ns):
        return int
def c4():
    class C(metaclass=Other): pass
    return C
attempt("returns int", c4)
class Fails(type):
    def __init__(cls, name, bases, ns):
        raise KeyError(name)
def c5():
    class C(metaclass=Fails): pass
    return C
attempt("init raises", c5)
gc.collect()
attempt("type.__new__ bad", lambda: type.__new__(M))
attempt("type.__new__ bad2", lambda: type.__new__(M, "X", [], {}))
attempt("type.__new__ notype", lambda: type.__new__(5, "X", (), {}))
attempt("type.__new__ int", lambda: type.__new__(int, "X", (), {}))
attempt("type.__init__ one", lambda: type.__init__(int))
attempt("type.__init__ two", lambda: type.__init__(int, 1))
attempt("type.__init__ kw", lambda: type.__init__(int, x=1))
attempt("type.__call__ bad", lambda: type.__call__(5))
attempt("M one arg", lambda: M(5))
attempt("type one arg kw", lambda: type(5, x=1))
class Pass(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns, extra=1)
def c6():
    class C(metaclass=Pass): pass
    return C
attempt("extra kw", c6)
class PlainPrep(type):
    def __prepare__(name, bases, **kw):
        print("plain prepare", name, kw)
        return {}
def c7():
    class C(metaclass=PlainPrep): pass
    return C
attempt("plain prepare", c7)
class G(Generic[T], metaclass=M):
    pass
print(type(G), G.__orig_bases__, G.__parameters__, type(G[int]))
class GMeta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("gmeta", sorted(k for k in ns if not k.startswith("__q")))
        return super().__new__(mcls, name, bases, ns, **kw)
class H(Generic[T], metaclass=GMeta): pass
class H2(H[int]): pass
print(type(H2), H2.__orig_bases__)
from dataclasses import dataclass
@dataclass
class DC(metaclass=M):
    x: int = 1
print(DC(), type(DC))
def c8():
    class C(M): pass
    return C("X", (), {})
attempt("meta subclass", c8)
attempt("meta of meta", lambda: type(M), )
attempt("isinstance", lambda: (isinstance(M, type), isinstance(DC, M), issubclass(M, type)))
attempt("setattr meta attr", lambda: setattr(M, "x", 1) or M.x)
attempt("class reads meta attr", lambda: DC.x)
attempt("del from class", lambda: delattr(DC, "nope"))
