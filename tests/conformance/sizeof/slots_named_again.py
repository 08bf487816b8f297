# A subclass whose __slots__ names a slot its base has gets a second member (the struct grows) that shadows the base's
import sys
class S:
    __slots__ = ('a',)
class Again(S):
    __slots__ = ('a',)
class Other(S):
    __slots__ = ('b',)
class Both(Again):
    __slots__ = ('a', 'c')
for cls in (S, Again, Other, Both):
    o = cls()
    print(cls.__name__, sys.getsizeof(o), object.__sizeof__(o))
x = Again()
x.a = 1
print(x.a, Again.a is S.a, type(Again.a).__name__)
