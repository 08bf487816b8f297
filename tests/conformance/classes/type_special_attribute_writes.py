# Assigning or deleting type's own descriptors on a class (__mro__, __base__, __dict__, __bases__ checks, __doc__, __annotations__) is refused as type_setattro refuses it, never stored as a plain class attribute
class A:
    pass

class B:
    pass

class C(A):
    pass

for name, value in [("__mro__", (A, object)), ("__base__", B), ("__dict__", {}), ("__basicsize__", 5),
                    ("__flags__", 1), ("__weakrefoffset__", 0), ("__dictoffset__", 0), ("__itemsize__", 0),
                    ("__bases__", 5), ("__bases__", ()), ("__bases__", (1,)), ("__bases__", (C,)),
                    ("__text_signature__", "x")]:
    try:
        setattr(A, name, value)
        print(name, "set")
    except (TypeError, AttributeError) as e:
        print(name, type(e).__name__, e)
print(A.__mro__, A.__bases__, A.__base__)

A.__doc__ = "documented"
print(A.__doc__, A.__dict__["__doc__"])

for name in ["__mro__", "__bases__", "__name__", "__qualname__", "__dict__", "__doc__", "__module__",
             "__abstractmethods__", "__annotations__", "__flags__"]:
    try:
        delattr(B, name)
        print(name, "deleted")
    except (TypeError, AttributeError) as e:
        print("del", name, type(e).__name__, e)

class D:
    x: int
print(D.__annotations__)
del D.__annotations__
print("__annotations__" in D.__dict__)

for stmt in ("del", "set"):
    try:
        if stmt == "del":
            del int.__name__
        else:
            int.foo = 1
    except TypeError as e:
        print(stmt, e)
try:
    del int.nothing
except TypeError as e:
    print(e)
