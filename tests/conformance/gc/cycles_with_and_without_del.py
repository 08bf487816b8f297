# cycles with and without __del__: gc.collect() counts what it frees
import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
class Fin(Node):
    def __del__(self):
        print("fin", self.name)
a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
n = gc.collect()
print("plain pair", n)
x, y = Fin("x"), Fin("y")
x.other, y.other = y, x
del x, y
n = gc.collect()
print("finalizer pair", n)
lst = []
lst.append(lst)
del lst
n = gc.collect()
print("self list", n)
d = {}
d["me"] = d
del d
n = gc.collect()
print("self dict", n)
print("nothing", gc.collect())
