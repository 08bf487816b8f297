# del inside loops: deleting the loop variable, list items while iterating, and dict keys while building a new dict
import sys

class Node:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)

nodes = [Node(i) for i in range(4)]
for node in nodes:
    if node.n == 1:
        del node
        print('deleted name only')
print('loop done')
del node
while nodes:
    x = nodes.pop()
    print('popped', x.n)
    del x
print('emptied')
ns = [Node(i) for i in range(10, 14)]
for i in range(len(ns) - 1, -1, -1):
    if ns[i].n % 2:
        del ns[i]
print([n.n for n in ns])
d = {k: Node(k) for k in range(20, 23)}
for k in list(d):
    del d[k]
    print('size', len(d))
try:
    for k in d or {1: 1}:
        pass
    dd = {1: Node(30), 2: Node(31)}
    for k in dd:
        del dd[k]
except RuntimeError as e:
    print('RuntimeError', e)
print('before end')
del dd
del ns
print('end')
