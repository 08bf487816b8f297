# Building a union counts like 3.11's _Py_union_type_or: one merged tuple (from a free list when it can), the union, nothing for a repeat.
import gc, sys
def cold(label, fn):
    gc.collect()
    a = gc.get_count()[0]
    r = fn()
    b = gc.get_count()[0]
    r2 = fn()
    c = gc.get_count()[0]
    out.append((label, b - a, c - b, sys.getrefcount(r) if type(r) is type(u) else r))
out = []
u = int | str
cold("none", lambda: None)
cold("int|str", lambda: int | str)
cold("int|None", lambda: int | None)
cold("int|int", lambda: int | int)
cold("u|float", lambda: u | float)
cold("u|int", lambda: u | int)
cold("three", lambda: int | str | float)
cold("alias", lambda: list[int] | list[int] | None)
print(out)
class Node:
    pass
n = Node()
n.kind = Node | None
n.self = n
del n
print(gc.collect())
