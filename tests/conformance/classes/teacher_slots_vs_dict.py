# instances with and without __slots__
import sys
class P:
    def __init__(self, x, y): self.x = x; self.y = y
class S:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
p = P(1, 2); s = S(1, 2)
print(sys.getsizeof(p), sys.getsizeof(p.__dict__), sys.getsizeof(s))
print(hasattr(s, "__dict__"), hasattr(p, "__dict__"))
try:
    s.z = 3
except AttributeError as e:
    print(e)
class S2(S):
    pass
s2 = S2(1, 2)
s2.z = 3
print(sys.getsizeof(s2), s2.__dict__)
class S3(S):
    __slots__ = ("z",)
print(sys.getsizeof(S3(1, 2)))
print(S.x, type(S.x).__name__)
del s.x
try:
    print(s.x)
except AttributeError as e:
    print(e)
class E:
    __slots__ = ()
print(sys.getsizeof(E()))
class W:
    __slots__ = ("__weakref__", "a")
print(sys.getsizeof(W()))
