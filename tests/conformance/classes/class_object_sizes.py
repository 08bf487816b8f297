# sys.getsizeof of a class: a heap type, plus its instances' shared dict keys when they have a __dict__; builtin types are static.
import sys
class A: pass
class S: __slots__ = ("x",)
class SD: __slots__ = ("x", "__dict__")
class Sub(S): pass
class SubS(S): __slots__ = ()
class E(Exception): pass
class L(A): pass
print(sys.getsizeof(A), sys.getsizeof(S), sys.getsizeof(SD), sys.getsizeof(Sub), sys.getsizeof(SubS), sys.getsizeof(E), sys.getsizeof(L))
print(sys.getsizeof(int), sys.getsizeof(object), sys.getsizeof(type), sys.getsizeof(list), sys.getsizeof(dict), sys.getsizeof(Exception), sys.getsizeof(ValueError))
