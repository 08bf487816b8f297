# itemgetter, attrgetter and methodcaller objects: reprs, sizes, types, gc tracking, weakrefs, hashing and equality.
import gc
import sys
import operator
from operator import itemgetter, attrgetter, methodcaller

objs = [itemgetter(1), itemgetter(1, 2), itemgetter("a"), itemgetter((1, 2)), attrgetter("a"), attrgetter("a.b", "c"),
        methodcaller("f"), methodcaller("f", 1, "x", k=2, z=[3]), itemgetter(slice(1, 2))]
for o in objs:
    print(repr(o), sys.getsizeof(o), gc.is_tracked(o), type(o).__name__, type(o).__module__)
print(type(itemgetter(1)), callable(itemgetter(1)), itemgetter(1) == itemgetter(1))
g = itemgetter(0)
print(g == g, hash(g) == hash(g), {g: 1}[g])
try:
    import weakref
    weakref.ref(g)
except TypeError as e:
    print(e)
try:
    g.item = 3
except AttributeError as e:
    print(e)
loop = []
ig = itemgetter(loop)
loop.append(ig)
print(repr(ig)[:40])
print(isinstance(g, itemgetter), isinstance(g, attrgetter), issubclass(operator.methodcaller, object))
for base in (itemgetter, attrgetter, methodcaller):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print(e)
