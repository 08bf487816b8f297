# Several callbacks on one object run newest first.
import weakref

class Node:
    pass

n = Node()
refs = [weakref.ref(n, lambda r, i=i: print("callback", i)) for i in range(4)]
del n
print("done")
