# A class defining one comparison compares the others through the generic slot: list's, tuple's, dict's and object's own methods answer, through a packed call
import gc
import sys

class Stack(list):
    def __lt__(self, other):
        print("Stack.__lt__")
        return len(self) < len(other)

class Pair(tuple):
    def __lt__(self, other):
        print("Pair.__lt__")
        return len(self) < len(other)

class Table(dict):
    def __eq__(self, other):
        print("Table.__eq__")
        return True

class Point:
    def __init__(self, x):
        self.x = x
    def __lt__(self, other):
        return self.x < other.x

a = Stack([1, 2, 3])
b = Stack([9])
print(max([a, b]), min([a, b]))
print(a < b, a > b, b > a, a >= b, a == b, a != b)
print([5] > a, a < [5, 6], [1, 2, 3] == a)
print(Pair((1, 2)) > Pair((3,)), (1,) < Pair((1, 2, 3)), Pair((1,)) <= (1,))
print(Table(x=1) == {}, {} == Table(), Table() != {}, Table(y=2) != Table(y=2))
p, q = Point(1), Point(2)
print(p > q, q > p, p == q, p != q, p == p, p != p)
print(sorted([Point(3), Point(1), Point(2)], key=lambda point: point)[0].x)

gc.collect()
c0 = gc.get_count()[0]
r = p > q
c1 = gc.get_count()[0]
r = p > q
c2 = gc.get_count()[0]
print("allocations:", c1 - c0, c2 - c1)

class Probe:
    def __lt__(self, other):
        print("counts during the reflected __lt__:", sys.getrefcount(self), sys.getrefcount(other))
        return False

left, right = Probe(), Probe()
print(left > right)
print(sys.getrefcount(left), sys.getrefcount(right))
