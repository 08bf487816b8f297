# sys.getrefcount of objects a deque holds: append, pop, maxlen trimming, item assignment, del, remove, copy, clear
import sys
from collections import deque

class Item:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Item(%s)" % self.name

a = Item("a")
b = Item("b")
d = deque()
print(sys.getrefcount(a), sys.getrefcount(d))
d.append(a)
d.appendleft(a)
d.extend([b, b])
print(sys.getrefcount(a), sys.getrefcount(b))
x = d.pop()
print(sys.getrefcount(b))
del x
print(sys.getrefcount(b))
d[0] = b
print(sys.getrefcount(a), sys.getrefcount(b))
c = d.copy()
print(sys.getrefcount(a), sys.getrefcount(b), c)
del d[1]
print(sys.getrefcount(a), d)
c.remove(b)
print(sys.getrefcount(b), c)
bounded = deque([a, a, a], maxlen=3)
print(sys.getrefcount(a))
bounded.append(b)
print(sys.getrefcount(a), sys.getrefcount(b))
bounded.appendleft(b)
print(sys.getrefcount(a), sys.getrefcount(b), bounded)
it = iter(bounded)
print(sys.getrefcount(bounded))
print(next(it), sys.getrefcount(bounded))
del it
print(sys.getrefcount(bounded))
bounded.clear()
print(sys.getrefcount(a), sys.getrefcount(b), bounded)
d += [a, a]
print(sys.getrefcount(a), len(d))
e = d + deque([a])
print(sys.getrefcount(a), len(e))
del c, d, e
print(sys.getrefcount(a), sys.getrefcount(b))
