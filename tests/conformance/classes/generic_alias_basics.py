# PEP 585 generic aliases: list[int] and friends are real objects with counts, sizes, tracking and reprs.
import sys, gc
a = list[int]
print(a, type(a), sys.getsizeof(a), gc.is_tracked(a), sys.getrefcount(a))
print(a.__origin__, a.__args__, a.__parameters__, sys.getrefcount(a.__args__))
b = dict[str, list[int]]
print(b, b.__args__, sys.getrefcount(b.__args__[1]))
print(b == dict[str, list[int]], b != dict[str, list[int]], hash(b) == hash(dict[str, list[int]]))
print(list[int] == list[int], list[int] is list[int], list[int] == list, list[int] == list[str])
print(tuple[int, ...], tuple[()], type[int], set[str], frozenset[bytes])
print(list[None], list[1], dict[str, "Forward"], list[list[list[int]]])
x = list[int]([1, 2])
print(x, type(x), list[int].__name__, list[int].append)
t = (int, str)
c = dict[t]
print(c.__args__ is t, sys.getrefcount(t))
del c
print(sys.getrefcount(t))
cache = {list[int]: "ints"}
print(cache[list[int]], len({list[int], list[int], list[str]}))
print(gc.get_referents(b))
