# PEP 585 aliases as bases: GenericAlias.__mro_entries__ gives the origin, and the alias stays in __orig_bases__
import sys, gc, types
class L(list[int]):
    pass
print(L.__bases__, L.__orig_bases__, L.__mro__)
l = L([1, 2]); l.append(3); print(l, type(l).__name__)
class D(dict[str, int], metaclass=type): pass
print(D.__bases__, D.__orig_bases__)
class Box:
    __class_getitem__ = classmethod(types.GenericAlias)
class Sub(Box[int]): pass
print(Sub.__bases__, Sub.__orig_bases__)
a = types.GenericAlias(Box, int)
print(a.__mro_entries__((a,)), a.__mro_entries__(()))
try: a.__mro_entries__()
except TypeError as e: print(e)
print(type(a.__mro_entries__).__name__)
print(list[int].__mro_entries__.__name__)
c = gc.get_count()[0]
class T2(tuple[int, ...]): pass
print(T2.__bases__)
print(sys.getrefcount(L.__orig_bases__[0]))
