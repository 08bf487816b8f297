# sys.getsizeof adds the GC head and 3.11's managed-dict pre-header to a __sizeof__ written in Python; list and dict's own __sizeof__; slot wrappers and method-wrappers
import sys
print(list.__init__, list.__setitem__, dict.__repr__, list.__sizeof__)
print(sys.getsizeof(list.__init__), sys.getsizeof([].__init__), sys.getsizeof(list.__sizeof__), sys.getsizeof([].__sizeof__), sys.getsizeof(list.append), sys.getsizeof({}.__setitem__))
print([].__sizeof__(), {}.__sizeof__(), [1, 2].__sizeof__())
class L(list): pass
class C:
    def __sizeof__(self): return 1000
class S:
    __slots__ = ()
    def __sizeof__(self): return 1000
class E(Exception):
    def __sizeof__(self): return 1000
print(L().__sizeof__(), L([1]).__sizeof__(), sys.getsizeof(C()), sys.getsizeof(S()), sys.getsizeof(E()))
