# __slots__ through inheritance: sizes grow by a pointer per slot; a subclass without __slots__ gets a dict again
import sys
class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b", "c")
class C(B):
    pass
class D(B):
    __slots__ = ("__weakref__",)
for cls in (A, B, C, D):
    o = cls()
    print(cls.__name__, sys.getsizeof(o), hasattr(o, "__dict__"), hasattr(o, "__weakref__"))
c = C(); c.a = 1; c.b = 2; c.z = 3
print(sys.getsizeof(c), c.__dict__, sys.getsizeof(c.__dict__))
print(sorted(k for k in B.__dict__ if not k.startswith("__") or k == "__slots__"))
print(type(B.__dict__["b"]).__name__, B.b.__objclass__ is B)
try:
    B().b
except AttributeError as e:
    print("AttributeError:", e)
