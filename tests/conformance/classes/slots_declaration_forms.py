# __slots__ given as a str, a list, a dict, an iterator; inherited slots; __slots__ with __set_name__ descriptors
import sys
class A:
    __slots__ = "only"
class B:
    __slots__ = ["a", "b"]
class C:
    __slots__ = {"x": "doc for x", "y": None}
class D:
    __slots__ = iter(("p", "q"))
for cls in (A, B, C, D):
    print(cls.__name__, repr(cls.__slots__)[:30], sys.getsizeof(cls()), sorted(k for k in vars(cls) if not k.startswith("__") or k in ("__dict__", "__weakref__")))
print(type(C.x).__name__)
class E(B):
    __slots__ = ("c",)
e = E(); e.a = 1; e.c = 3
print(sys.getsizeof(e), [getattr(e, n, "unset") for n in ("a", "b", "c")])
try:
    class F:
        __slots__ = ("__dict__", "__dict__")
except TypeError as ex:
    print("TypeError:", ex)
try:
    class G:
        __slots__ = (1,)
except TypeError as ex:
    print("TypeError:", ex)
try:
    class H(int):
        __slots__ = ("x",)
except TypeError as ex:
    print("TypeError:", ex)
class I:
    __slots__ = ("__weakref__",)
try:
    class J(I):
        __slots__ = ("__weakref__",)
except TypeError as ex:
    print("TypeError:", ex)
class K:
    __slots__ = ("_K__private", "__mangled")
print(sorted(k for k in vars(K) if "private" in k or "mangled" in k))
