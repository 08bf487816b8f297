# Calling a weakref whose referent died returns None.
import weakref

class Node:
    pass

n = Node()
r = weakref.ref(n)
print(r() is n)
n = Node()
print(r() is None)
print(type(r).__name__)
