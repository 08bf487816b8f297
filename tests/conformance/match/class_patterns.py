# Class patterns: __match_args__ for positional sub-patterns, keywords as attributes, subclasses, missing attributes.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Plain:
    def __init__(self):
        self.a = 1

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "origin 3d"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point3(z=z) if z > 10:
            return f"high {z}"
        case Point():
            return "somewhere"
        case Plain(a=1, b=b):
            return f"plain with b {b}"
        case Plain(a=a):
            return f"plain {a}"
        case object():
            return "an object"

for p in [Point3(0, 0, 0), Point(0, 0), Point(0, 7), Point(4, 0), Point3(1, 2, 30), Point(1, 1), Plain(), 5]:
    print(where(p))

q = Plain()
q.b = "bee"
print(where(q))

class Dotted:
    Point = Point
match Point(2, 3):
    case Dotted.Point(x, y):
        print("dotted class", x, y)
