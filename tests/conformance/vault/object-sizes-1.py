#| title: How big is it?
import sys

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class SlotPoint:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

print("int 1:", sys.getsizeof(1), "| int 2**100:", sys.getsizeof(2**100))
print("str 'a':", sys.getsizeof("a"), "| str 'hello':", sys.getsizeof("hello"))
print("tuple of 3:", sys.getsizeof((1, 2, 3)), "| empty dict:", sys.getsizeof({}))
print("Point:", sys.getsizeof(Point(1, 2)), "| SlotPoint:", sys.getsizeof(SlotPoint(1, 2)))
inner = list(range(1000))
outer = [inner]
print("outer list:", sys.getsizeof(outer), "| the list inside it:", sys.getsizeof(inner))
