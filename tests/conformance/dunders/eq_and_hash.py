# __eq__ and __hash__ decide set and dict membership; defining __eq__ alone makes instances unhashable.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))

class OnlyEq:
    def __eq__(self, other):
        return True

print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1), Point(1, 2) == (1, 2))
print(len({Point(1, 2), Point(1, 2), Point(3, 4)}))
print({Point(0, 0): "origin"}[Point(0, 0)])
print(OnlyEq.__hash__)
{OnlyEq()}
