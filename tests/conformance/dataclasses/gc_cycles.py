# Dataclass instances in reference cycles: gc.collect() counts, __del__ order, weakref callbacks
import gc
import weakref
from dataclasses import dataclass, field

@dataclass(eq=False)
class Node:
    name: str
    next: object = None
    children: list = field(default_factory=list)
    def __del__(self):
        print("del", self.name)

gc.disable()
a = Node("a")
b = Node("b", a)
a.next = b
del a, b
n = gc.collect()
print("collected", n)

root = Node("root")
for i in range(3):
    root.children.append(Node(f"child{i}", root))
del root
n = gc.collect()
print("collected", n)

x = Node("x")
y = Node("y")
x.next = y
del x
print("y alive")
del y

@dataclass
class Leaf:
    v: int
r = weakref.ref(Leaf(1), lambda ref: print("leaf gone"))
print(r())

p = Node("p")
q = Node("q", p)
p.next = q
wr = weakref.ref(q, lambda ref: print("callback q"))
del p, q
print("before collect")
n = gc.collect()
print("collected", n)
