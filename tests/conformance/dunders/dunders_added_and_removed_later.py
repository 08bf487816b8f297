# dunders added to or removed from a class later update its slots; dunders set on an instance are ignored
class C:
    pass
c = C()
c.__len__ = lambda: 5
c.__repr__ = lambda: "inst repr"
c.__eq__ = lambda o: True
try:
    len(c)
except TypeError as e:
    print("TypeError:", e)
print(repr(c).startswith("<__main__.C object"), c == 1, c.__len__())
C.__len__ = lambda self: 3
C.__repr__ = lambda self: "class repr"
print(len(c), repr(c), bool(c))
C.__bool__ = lambda self: False
print(bool(c))
del C.__bool__, C.__len__
print(bool(c))
try:
    len(c)
except TypeError as e:
    print("TypeError:", e)
C.__iter__ = lambda self: iter("ab")
print(list(c), "a" in c)
C.__contains__ = lambda self, x: x == "z"
print("a" in c, "z" in c)
C.__add__ = lambda self, o: "added"
print(c + 1)
C.__radd__ = lambda self, o: "radded"
print(1 + c)
class D(C):
    pass
print(D() + 1, len(list(D())))
del C.__add__
try:
    D() + 1
except TypeError as e:
    print("TypeError:", e)
C.__call__ = lambda self, *a: a
print(c(1, 2), callable(c), callable(D()))
C.__getitem__ = lambda self, k: k * 2
print(c[4], D()[1])
C.__hash__ = None
try:
    hash(c)
except TypeError as e:
    print("TypeError:", e)
C.__hash__ = lambda self: 42
print(hash(c), hash(D()))
