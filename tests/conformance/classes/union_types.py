# PEP 604 unions: int | None makes a types.UnionType (flattened, deduplicated), used by isinstance and annotations.
import sys, gc
u = int | None
print(u, type(u), sys.getsizeof(u), gc.is_tracked(u), u.__args__, sys.getrefcount(u.__args__))
print(int | int, (int | str) | int, int | (str | float), (int | str) == (str | int), hash(int | str) == hash(str | int))
print(isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, int | str), isinstance(2.5, (str, int | float)))
print(None | int, list[int] | None, list[int] | list[int], dict[str, int] | dict[str, int] | None)
try:
    int | 3
except TypeError as e:
    print(e)
try:
    None | None
except TypeError as e:
    print(e)
print((int | str).__parameters__, gc.get_referents(int | str))
print(type(None) | int)
x = int | str
print(x | None, sys.getrefcount(x), x | int is x)
for attempt in (lambda: (int | str)[int], lambda: isinstance(1, list[int] | None), lambda: issubclass(int, str | list[int])):
    try:
        attempt()
    except TypeError as e:
        print(e)
def f(a: int | None = None, *, b: list[int] | dict[str, int] | None = None) -> str | None:
    return None
print(f.__annotations__)
class A: pass
class B(A): pass
print(A | B, isinstance(B(), A | None), {int | str: 1}[str | int])
