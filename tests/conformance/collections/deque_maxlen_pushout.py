# deque maxlen: items pushed out, refcounts of held objects, rotate, errors, sizes as it grows
import sys
from collections import deque
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __repr__(self): return f"T{self.n}"
d = deque(maxlen=3)
for i in range(5):
    print("append", i)
    d.append(T(i))
print(d)
d.appendleft(T(9))
print(d, d.maxlen)
x = d[1]
print(sys.getrefcount(x))
d.rotate(1)
print(d)
d.extend([T(10)])
print(d)
try:
    d.maxlen = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1]).remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    deque([1])[5]
except IndexError as e:
    print("IndexError:", e)
sizes = []
e = deque()
for i in range(140):
    s = sys.getsizeof(e)
    if not sizes or sizes[-1][1] != s:
        sizes.append((i, s))
    e.append(i)
print(sizes)
print(sys.getsizeof(deque(maxlen=0)), deque(maxlen=0))
del x
print("clear")
d.clear()
print("end")
