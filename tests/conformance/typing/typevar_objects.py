# TypeVar objects: attributes, reprs, sizes, and the references typing's caches keep to them
import gc
import sys
from typing import TypeVar, List, Dict, Optional


class Base:
    pass


T = TypeVar("T")
print(sys.getrefcount(T), sys.getsizeof(T), gc.is_tracked(T))
B = TypeVar("B", bound=Base)
S = TypeVar("S", int, str)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
for tv in [T, B, S, Co, Contra]:
    print(repr(tv), tv.__name__, tv.__bound__, tv.__constraints__, tv.__covariant__, tv.__contravariant__, tv.__module__)
print(sys.getrefcount(Base))
print(T == T, T == TypeVar("T"), hash(T) == hash(T), type(T).__name__, T is not TypeVar("T"))
alias = List[T]
print(sys.getrefcount(T), alias.__parameters__, Dict[T, S].__parameters__, Dict[S, Dict[T, S]].__parameters__)
print(sys.getrefcount(T), sys.getrefcount(S))
print(List[T][int], Dict[T, S][str, int], Dict[str, List[T]][bytes], Optional[T][int], List[T][None])
print(List[T][int] is List[int], Dict[T, List[T]][float])
temp = TypeVar("Temp")
print(sys.getrefcount(temp))
del temp
print(gc.collect())
kept = TypeVar("Kept")
List[kept]
print(sys.getrefcount(kept))
