# __contains__ as a frame: counts, truthiness of the answer, errors, not in, None
import sys
sys.setrecursionlimit(300)  # a lower limit keeps these probes short
import sys
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, v):
        print("contains", sys.getrefcount(self), sys.getrefcount(Box.__contains__))
        if v == "boom":
            raise KeyError(v)
        if v == "odd":
            return Weird()
        if v == "list":
            return [1]
        return v in self.items
class Weird:
    def __bool__(self):
        raise ValueError("no truth")
    def __del__(self):
        print("Weird gone")
b = Box([1, 2, 3])
print(2 in b, 5 in b, 2 not in b, 5 not in b)
print("list" in b)
try:
    "boom" in b
except KeyError as e:
    print("caught", e, sys.getrefcount(b))
try:
    "odd" in b
except ValueError as e:
    print("caught", e)
class NoC:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in NoC()
except TypeError as e:
    print(e)
class Sub(Box):
    pass
print(1 in Sub([1]))
if 3 in b:
    print("yes")
while 9 in b:
    pass
print([x for x in range(5) if x in b])
class Deep:
    def __init__(self, n):
        self.n = n
    def __contains__(self, v):
        return v in self
try:
    1 in Deep(1)
except RecursionError as e:
    print(e)
def depth_ok(n):
    class L:
        def __contains__(self, v):
            self.n -= 1
            return self.n <= 0 or v in self
    o = L()
    o.n = n
    try:
        return 1 in o
    except RecursionError:
        return False
print([depth_ok(n) for n in range(295, 298)])
