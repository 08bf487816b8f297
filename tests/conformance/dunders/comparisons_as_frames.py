# comparisons written in Python: counts, NotImplemented, reflected methods, errors, deep lists
import sys
sys.setrecursionlimit(150)
class V:
    def __init__(self, x, nxt=None):
        self.x = x
        self.nxt = nxt
    def __eq__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.x == other.x and self.nxt == other.nxt
    def __lt__(self, other):
        print("lt", sys.getrefcount(self), sys.getrefcount(other))
        return self.x < other.x
    def __del__(self):
        print("del", self.x)
a, b = V(1), V(1)
print(a == b, a != b, a == 1, 1 == a, a != "s")
print(V(2) < V(3), V(4) > V(1))
try:
    print(a <= b)
except TypeError as e:
    print("TypeError", e)
class W:
    def __eq__(self, other):
        raise ValueError("no eq")
    def __del__(self):
        print("del W")
try:
    W() == W()
except ValueError as e:
    print("ValueError", e)
class Sub(V):
    def __eq__(self, other):
        print("Sub eq")
        return True
print(V(1) == Sub(2))
def chain(n):
    h = None
    for i in range(n):
        h = V(i, h)
    return h
for n in (10, 40, 73, 74, 75):
    try:
        print(n, chain(n) == chain(n))
    except RecursionError as e:
        print(n, "RecursionError", e)
class Weird:
    def __eq__(self, other):
        return "yes"
    def __ne__(self, other):
        return 0
print(Weird() == 1, Weird() != 1)
if Weird() == 2:
    print("truthy")
x = [V(i) for i in range(3)]
print(V(1) in x, x.index(V(2)), x.count(V(0)))
