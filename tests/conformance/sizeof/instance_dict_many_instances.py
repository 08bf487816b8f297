# With many instances the shared keys leave a single free slot: the first new name fits, the next makes a dict of its own.
import sys

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

points = [Point(i, i) for i in range(35)]
first = points[0]
print(sys.getsizeof(first.__dict__), sys.getsizeof(points[-1].__dict__))
first.z = 1
print("z fits", sys.getsizeof(first.__dict__))
second = points[1]
second.w = 2
print("w does not", sys.getsizeof(second.__dict__), list(second.__dict__))
third = points[2]
third.z = 3
print("z is known", sys.getsizeof(third.__dict__))
