# typing caches every subscription (functools.lru_cache): equal subscriptions are one object, and the cache holds the arguments
import sys
from typing import Optional, Union, List, Dict, Tuple, Callable, Literal, Set


class Item:
    pass


class Other:
    pass


before = sys.getrefcount(Item)
a = List[Item]
print(sys.getrefcount(Item) - before, sys.getrefcount(a))
b = List[Item]
print(a is b, sys.getrefcount(Item) - before, sys.getrefcount(a))
del a, b
print(sys.getrefcount(Item) - before, sys.getrefcount(List[Item]))
o = Optional[Item]
print(sys.getrefcount(Item) - before, sys.getrefcount(o), o is Union[Item, None], o is Union[None, Item])
u = Union[Item, Other]
print(sys.getrefcount(Item) - before, sys.getrefcount(Other), Union[Other, Item] is u, Union[Other, Item] == u)
d = Dict[str, Item]
t = Tuple[Item, ...]
c = Callable[[Item, Other], Item]
s = Set[Item]
print(sys.getrefcount(Item) - before, sys.getrefcount(Other), Callable[[Item, Other], Item] is c, Tuple[Item, ...] is t)
nested = Dict[str, List[Item]]
print(sys.getrefcount(Item) - before, nested.__args__[1] is List[Item], sys.getrefcount(nested.__args__[1]))
marker = Other()
lit = Literal[marker]
print(sys.getrefcount(marker), Literal[marker] is lit, sys.getrefcount(lit))
unhashable = Literal[[1, 2]]
print(unhashable, Literal[[1, 2]] is unhashable, sys.getrefcount(unhashable))
del o, u, d, t, c, s, nested, lit
print(sys.getrefcount(Item) - before, sys.getrefcount(marker))
