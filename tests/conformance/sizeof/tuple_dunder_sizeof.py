# tuple.__sizeof__ is the object without its GC head, also for the empty tuple (an untracked GC object)
import gc
import sys

empty = ()
print(empty.__sizeof__(), sys.getsizeof(empty), gc.is_tracked(empty))
print(tuple().__sizeof__(), sys.getsizeof(tuple()))
print(tuple([]).__sizeof__(), (1, 2)[:0].__sizeof__())
for n in range(1, 5):
    t = tuple(range(n))
    print(n, t.__sizeof__(), sys.getsizeof(t), sys.getsizeof(t) - t.__sizeof__())


class T(tuple):
    pass


class S(tuple):
    __slots__ = ()


print(T().__sizeof__(), sys.getsizeof(T()))
print(T((1, 2)).__sizeof__(), sys.getsizeof(T((1, 2))))
print(S().__sizeof__(), sys.getsizeof(S()))
print(S((1, 2, 3)).__sizeof__(), sys.getsizeof(S((1, 2, 3))))
print(tuple.__sizeof__(()), object.__sizeof__(()))
print(frozenset().__sizeof__(), sys.getsizeof(frozenset()))
