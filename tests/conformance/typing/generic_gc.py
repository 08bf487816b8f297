# The collector and typing: a generic class dies with its __orig_bases__ and __parameters__, unless typing's cache holds it
import gc
import sys
from typing import Generic, TypeVar, List

T = TypeVar("T")
gc.collect()


class Plain:
    pass


del Plain
print(gc.collect())


class Lone(Generic[T]):
    pass


del Lone
print(gc.collect())


class Cached(Generic[T]):
    pass


alias = Cached[int]
print(sys.getrefcount(Cached))
del alias, Cached
print(gc.collect())


class Listed:
    pass


List[Listed]
del Listed
print(gc.collect())


class Node(Generic[T]):
    def __init__(self):
        self.next = self


n = Node[str]()
print(sys.getrefcount(n), n.__orig_class__)
del n
print(gc.collect())
