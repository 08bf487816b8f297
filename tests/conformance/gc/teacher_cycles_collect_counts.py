# cycles, gc.collect() return values and __del__ order
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name)
gc.collect()
a = Node("a"); b = Node("b"); c = Node("c")
a.other = b; b.other = c; c.other = a
del a, b, c
print("collected", gc.collect())
x = Node("x"); x.other = x
del x
print("collected", gc.collect())
l = []
l.append(l)
del l
print("collected", gc.collect())
d = {}
d["self"] = d
n = Node("n"); n.other = d; d["n"] = n
del d, n
print("collected", gc.collect())
print(gc.collect())
