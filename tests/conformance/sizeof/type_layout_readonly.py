# The layout members are type's read-only members: not settable, not deletable, not shadowed by a class attribute
class C:
    __basicsize__ = 1000


print(C.__basicsize__, C.__dict__["__basicsize__"])
for name in ["__basicsize__", "__itemsize__", "__dictoffset__", "__weakrefoffset__"]:
    try:
        setattr(C, name, 5)
    except AttributeError as e:
        print(name, "set:", e)
    try:
        delattr(int, name)
    except (AttributeError, TypeError) as e:
        print(name, "del:", type(e).__name__, e)
print(hasattr(C(), "__basicsize__"), hasattr(5, "__itemsize__"))
print(type(C).__basicsize__, type.__itemsize__)
(5).__basicsize__
