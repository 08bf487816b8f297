# Reference counts and sizes around namedtuple instances: each field value held once, _make/_replace/_asdict results, getsizeof, dealloc order, id reuse
import sys
from collections import namedtuple


class Value:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


Point = namedtuple("Point", "x y")
a = Value("a")
b = Value("b")
p = Point(a, b)
print(sys.getrefcount(p), sys.getrefcount(a), sys.getrefcount(b), sys.getsizeof(p), sys.getsizeof(Point(1, 2)))
q = Point(a, a)
print(sys.getrefcount(a), sys.getrefcount(q))
r = p._replace(y=a)
print(sys.getrefcount(a), sys.getrefcount(b), type(r).__name__)
d = p._asdict()
print(sys.getrefcount(a), sys.getrefcount(b), sys.getsizeof(d), len(d))
m = Point._make([b, b])
print(sys.getrefcount(b), sys.getrefcount(m))
args = p.__getnewargs__()
print(type(args[0]).__name__, sys.getrefcount(a), args[0] == p)
x_value = p.x
print(sys.getrefcount(a), x_value is a)
del x_value, args, d, m, r, q
print(sys.getrefcount(a), sys.getrefcount(b))
del a, b
print("deleting p")
del p
print("after p")
Wide = namedtuple("Wide", "a b c d e f g h")
print(sys.getsizeof(Wide(*range(8))), sys.getsizeof(namedtuple("One", "v")(0)), sys.getsizeof(Point.x))
first = Point(1.5, 2.5)
addr = id(first)
del first
second = Point(3.5, 4.5)
print(id(second) == addr)
temp = Point(Value("t1"), Value("t2"))
print("replacing temp")
temp = temp._replace(x=Value("t3"))
print("replaced")
del temp
print("end")
