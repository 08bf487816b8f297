# weakref.ref without a callback is shared: asking twice gives the same weakref object.
import weakref

class Node:
    pass

n = Node()
a = weakref.ref(n)
b = weakref.ref(n)
c = weakref.ref(n, lambda r: None)
print("a is b:", a is b)
print("a is c:", a is c)
print("count:", weakref.getweakrefcount(n))
