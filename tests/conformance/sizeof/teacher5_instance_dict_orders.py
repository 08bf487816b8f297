# getsizeof of instance dicts: key sharing and order of attribute creation
import sys
class A:
    def __init__(self, order):
        for name in order:
            setattr(self, name, 1)
x = A("abc")
y = A("abc")
z = A("cba")
w = A("ab")
print([sys.getsizeof(o.__dict__) for o in (x, y, z, w)])
v = A("abcdefghijk")
print(sys.getsizeof(v.__dict__))
u = A("abc")
print(sys.getsizeof(u.__dict__))
class B:
    pass
b1 = B()
print(sys.getsizeof(b1.__dict__))
b1.a = 1
print(sys.getsizeof(b1.__dict__))
b2 = B()
b2.a = 1
b2.b = 2
print(sys.getsizeof(b2.__dict__), sys.getsizeof(b1.__dict__))
del b2.a
print(sys.getsizeof(b2.__dict__))
b3 = B()
b3.__dict__["k"] = 1
print(sys.getsizeof(b3.__dict__))
b4 = B()
b4.x = 1
b4.__dict__.update(y=2)
print(sys.getsizeof(b4.__dict__))
print(sys.getsizeof(A), sys.getsizeof(x))
class S:
    __slots__ = ("a", "b")
print(sys.getsizeof(S()), sys.getsizeof(object()))
