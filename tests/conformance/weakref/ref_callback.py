# A weakref callback runs when the referent dies and receives the dead weakref.
import weakref

class Node:
    pass

def gone(ref):
    print("callback: referent is", ref())

n = Node()
r = weakref.ref(n, gone)
print("alive:", r() is n)
del n
print("after del:", r())
