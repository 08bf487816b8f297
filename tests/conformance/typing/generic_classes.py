# class C(Generic[T]): __mro_entries__ turns Generic[T] into Generic, __orig_bases__ keeps it, __parameters__ lists T
import sys
from typing import Generic, TypeVar, List, Dict, Optional

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


print(Box.__orig_bases__, Box.__parameters__, Box.__bases__, Box.__mro__)
print(sys.getrefcount(T), sys.getrefcount(Box))
IntBox = Box[int]
print(IntBox, IntBox.__origin__ is Box, IntBox.__args__, IntBox.__parameters__, Box[int] is IntBox)
print(sys.getrefcount(Box))
b = IntBox(5)
print(b.get(), b.__orig_class__, b.__dict__, sys.getrefcount(IntBox), type(b) is Box)
plain = Box("x")
print(plain.__dict__, sys.getsizeof(plain) == sys.getsizeof(b))


class Pair(Generic[K, V]):
    pass


print(Pair.__parameters__, Pair[str, int], Pair[K, int], Pair[K, int][str], Pair[str, List[V]][int])


class IntStore(Box[int]):
    pass


print(IntStore.__orig_bases__, IntStore.__parameters__, IntStore.__mro__)


class Mapped(Dict[K, V], Generic[K, V]):
    pass


print(Mapped.__orig_bases__, Mapped.__parameters__, Mapped.__mro__)


class Partly(Pair[str, V]):
    pass


print(Partly.__parameters__, Partly[int], Partly.__orig_bases__)


class Listy(List[int]):
    pass


print(Listy.__mro__, Listy.__parameters__, Listy([1, 2]))


class Free(Box):
    pass


print(Free.__parameters__, "__orig_bases__" in Free.__dict__)
for make in [lambda: IntStore[int], lambda: Box[int, str], lambda: Pair[int], lambda: Free[int]]:
    try:
        make()
    except TypeError as e:
        print(e)
try:
    class Twice(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print(e)
try:
    class Missing(List[K], Generic[T]):
        pass
except TypeError as e:
    print(e)
try:
    class PlainGeneric(Generic):
        pass
except TypeError as e:
    print(e)
try:
    class FromUnion(Optional[int]):
        pass
except TypeError as e:
    print(e)
