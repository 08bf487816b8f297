# A cycle through a suspended generator that made its f_locals dict (locals(), gi_frame.f_locals) is collected: gen_traverse visits the frame's f_locals.
import sys, gc
class T:
    def __del__(self): print("T del")
def g():
    t = T(); locals(); yield 1
it = g(); next(it); del it; print("after 1")
def g2():
    t = T(); yield 1
it = g2(); next(it); fr = it.gi_frame; del it; print("after 2"); del fr; print("after 2b")
it = g2(); next(it); it.gi_frame.f_locals; del it; print("after 3")
class Node:
    def __del__(self): print("Node del")
def walk(node):
    locals()
    yield 1
n = Node()
n.it = walk(n)
next(n.it)
del n
print("collected:", gc.collect())
print("end")
