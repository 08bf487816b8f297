# Calling a weak reference takes no arguments: weakref_call's errors, keywords checked first, and the referent's count
import sys
import weakref

class Node:
    pass

node = Node()
r = weakref.ref(node)
print(r() is node, sys.getrefcount(node))
try:
    r(1)
except TypeError as e:
    print(e)
try:
    r(key=1)
except TypeError as e:
    print(e)
try:
    r(1, 2, key=3)
except TypeError as e:
    print(e)
args = ()
print(r(*args) is node, sys.getrefcount(node))
del node
print(r(), r(*args))
try:
    r(None)
except TypeError as e:
    print(e)
