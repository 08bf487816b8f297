# __del__ order when a dataclass instance graph dies: tree freed depth-first; cycle collected by gc
import gc
from dataclasses import dataclass, field
@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    parent: "Node" = None
    def __del__(self):
        print("del", self.name)
root = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
print("drop tree")
del root
print("cycle")
p = Node("p")
c = Node("c", parent=p)
p.children.append(c)
del p, c
print("before collect")
print(gc.collect())
print("done")
@dataclass
class Pair:
    left: object
    right: object
    def __del__(self):
        print("del pair", self.left if isinstance(self.left, str) else type(self.left).__name__)
x = Pair(Pair("inner", 1), "r")
x = None
print("end")
