# itertools.chain, chain.from_iterable and islice: what they hold while running and what they let go of once exhausted.
import sys
import gc
from itertools import chain, islice, count

a = [1, 2]
b = (3,)
ch = chain(a, b)
print(sys.getrefcount(a), sys.getrefcount(b))
print(next(ch), sys.getrefcount(a), sys.getrefcount(b))
print(next(ch), next(ch), sys.getrefcount(a), sys.getrefcount(b))
print(next(ch, "done"), sys.getrefcount(a), sys.getrefcount(b))
print(list(ch), gc.get_referents(ch))

outer = [a, b]
fi = chain.from_iterable(outer)
print(sys.getrefcount(outer), sys.getrefcount(a))
print(list(fi), sys.getrefcount(outer), sys.getrefcount(a))
print(list(chain()), list(chain("ab", [], "c")), list(chain.from_iterable(["xy", "z"])))

def gen():
    yield from range(3)

g = gen()
s = islice(g, 2)
print(sys.getrefcount(g))
print(list(s), sys.getrefcount(g), next(g))
print(list(islice(range(10), 2, 8, 3)), list(islice("abcdef", None)), list(islice("abcdef", 2, None)), list(islice(count(), 0)))
print(list(islice(count(10), 1, None, 2)) if False else list(islice(count(10), 1, 9, 2)))
src = iter([10, 20, 30, 40])
s2 = islice(src, 1, 2)
print(list(s2), next(src))
for o in (chain(), chain.from_iterable([]), islice([], 1)):
    print(type(o).__name__, sys.getsizeof(o), gc.is_tracked(o))
