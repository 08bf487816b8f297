# getweakrefcount counts the weak references to an object; they do not add to its refcount.
import sys
import weakref

class Node:
    pass

n = Node()
print("weakrefs:", weakref.getweakrefcount(n), "refcount:", sys.getrefcount(n))
r1 = weakref.ref(n)
r2 = weakref.ref(n, lambda r: None)
print("weakrefs:", weakref.getweakrefcount(n), "refcount:", sys.getrefcount(n))
del r2
print("after del r2:", weakref.getweakrefcount(n))
