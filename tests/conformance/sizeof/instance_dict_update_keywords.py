# dict.update(**kwargs) merges the keywords' dict whole (PyDict_Merge), so an empty instance __dict__ clones it as a small combined table; sizes of key-sharing dicts with attributes in and out of order
import sys
class A:
    def __init__(self, swap=False):
        if swap:
            self.b = 2
            self.a = 1
        else:
            self.a = 1
            self.b = 2
x = A()
print(sys.getsizeof(x.__dict__))
y = A(swap=True)
print(sys.getsizeof(y.__dict__), list(y.__dict__))
z = A()
print(sys.getsizeof(z.__dict__))
z.c = 3
print(sys.getsizeof(z.__dict__))
w = A()
w.d = 4
print(sys.getsizeof(w.__dict__))
del w.a
print(sys.getsizeof(w.__dict__), list(w.__dict__))
w.a = 5
print(sys.getsizeof(w.__dict__), list(w.__dict__))
class B:
    pass
bs = []
for i in range(12):
    b = B()
    for j in range(i + 1):
        setattr(b, f"attr{j}", j)
    bs.append(sys.getsizeof(b.__dict__))
print(bs)
class C:
    pass
c1 = C()
c1.__dict__["x"] = 1
print(sys.getsizeof(c1.__dict__))
c2 = C()
c2.x = 1
print(sys.getsizeof(c2.__dict__))
c3 = C()
c3.__dict__[1] = "int key"
print(sys.getsizeof(c3.__dict__))
c4 = C()
c4.__dict__.update(p=1, q=2)
print(sys.getsizeof(c4.__dict__))
c5 = C()
c5.__dict__ = {"m": 1}
print(sys.getsizeof(c5.__dict__))
class D:
    def __init__(self):
        for n in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ":
            setattr(self, n, 0)
d = D()
print(sys.getsizeof(d.__dict__), len(d.__dict__))
d2 = D()
print(sys.getsizeof(d2.__dict__))
print(sys.getsizeof(x), sys.getsizeof(d))
a = C()
a.__dict__.update({"p": 1, "q": 2})
print(sys.getsizeof(a.__dict__))
e = C()
e.__dict__.update([("p", 1)], q=2)
print(sys.getsizeof(e.__dict__))
f = {i: i for i in range(20)}
f.clear()
f.update(a=1)
print(sys.getsizeof(f))
g = {}
g.update(**{"k%d" % i: i for i in range(8)})
print(sys.getsizeof(g))
