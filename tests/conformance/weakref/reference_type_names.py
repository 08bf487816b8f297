# The weakref module's types print as CPython 3.11 names them.
import weakref


class Node:
    pass


n = Node()
r = weakref.ref(n)
f = weakref.finalize(n, print, "finalized")
print(type(r).__name__, type(r).__qualname__, type(r).__module__, type(r), weakref.ref, weakref.ReferenceType is weakref.ref)
print(type(f).__name__, type(f).__module__, type(f), isinstance(r, weakref.ref))
del n
