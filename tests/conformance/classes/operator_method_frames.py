# operator methods as frames: counts, NotImplemented, reflected, inplace, errors
import sys
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        print("add", sys.getrefcount(self), sys.getrefcount(V.__add__))
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd", sys.getrefcount(self))
        return V(other + self.x)
    def __iadd__(self, other):
        print("iadd", sys.getrefcount(self))
        if other == 0:
            return NotImplemented
        self.x += other
        return self
    def __mul__(self, n):
        return NotImplemented
    def __index__(self):
        return 2
    def __sub__(self, o):
        raise ValueError("no sub")
    def __del__(self):
        print("del", self.x if isinstance(self.x, int) else "?")
a = V(1)
b = V(2)
c = a + b
print(c.x)
d = a + 5
print(d.x)
e = 5 + a
print(e.x)
try:
    a + "s"
except TypeError as ex:
    print(ex)
a += 3
print(a.x)
a += 0
print(a.x)
print(a * [1, 2])
try:
    a - b
except ValueError as ex:
    print("caught", ex, sys.getrefcount(a), sys.getrefcount(b))
print((V(10) + V(20) + V(30)).x)
x = V(7)
x += V(1)
print(type(x).__name__)
class W:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "W radd"
w1, w2 = W(), W()
try:
    w1 + w2
except TypeError as ex:
    print(ex)
print(w1 + V(1)) if False else None
try:
    print(V(1) + w1)
except TypeError as ex:
    print(ex)
try:
    w1 += 1
except TypeError as ex:
    print(ex)
print("end")
