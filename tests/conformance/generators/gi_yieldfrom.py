# gi_yieldfrom: the iterator a generator suspended in `yield from` delegates to (a new reference), else None
import sys
def inner():
    yield 1
    yield 2
def outer():
    yield 0
    yield from inner()
    yield 3
g = outer()
print(g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom)
next(g)
sub = g.gi_yieldfrom
print(type(sub).__name__, sub.__name__, sys.getrefcount(sub), sub.gi_yieldfrom)
next(g); next(g)
print(g.gi_yieldfrom, sys.getrefcount(sub))
def lst():
    yield from [1, 2]
h = lst()
next(h)
print(type(h.gi_yieldfrom).__name__)
list(h)
print(h.gi_yieldfrom)
