# A deque is tracked by the collector from birth; a cycle through one is collected; its items die left to right
import gc
import sys
import weakref
from collections import deque

gc.collect()
d = deque()
print(gc.is_tracked(d), gc.is_tracked(deque([1, 2])))

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

d = deque([Node("first"), Node("second"), Node("third")])
print("dropping")
del d
print("dropped")

d = deque([Node("x"), Node("y")])
d.append(d)
r = weakref.ref(d)
print(sys.getrefcount(d), d[-1] is d)
del d
print("alive", r() is not None)
print("collected", gc.collect())
print("alive", r() is not None)

holder = Node("holder")
q = deque([holder])
holder.q = q
del holder, q
print("collected", gc.collect())

d = deque(maxlen=2)
d.extend([Node("one"), Node("two")])
d.append(Node("three"))
print("trimmed")
d.appendleft(Node("zero"))
print("trimmed right")
d.clear()
print("cleared")
