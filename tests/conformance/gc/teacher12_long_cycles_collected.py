# A long doubly linked list is one big cycle: gc.collect frees it, and __del__ order follows the collector then the trashcan
import gc
gc.disable()
order = []
class Node:
    def __init__(self, n):
        self.n = n
        self.prev = self.next = None
    def __del__(self):
        order.append(self.n)
nodes = [Node(i) for i in range(200)]
for a, b in zip(nodes, nodes[1:]):
    a.next = b
    b.prev = a
del a, b
nodes = None
print(gc.collect())
print(len(order), order[:5], order[-5:])
order.clear()
class Tree:
    def __init__(self, depth):
        self.children = [Tree(depth - 1), Tree(depth - 1)] if depth else []
        self.depth = depth
        self.parent = None
        for c in self.children:
            c.parent = self
    def __del__(self):
        order.append(self.depth)
t = Tree(6)
del t
print(gc.collect(), len(order), order[:8])
gc.enable()
