# repr and == of lists, tuples and dicts nested past the recursion limit stop with python3's RecursionError and its message (each nested level is one PyObject_Repr or PyObject_RichCompare level); under a limit of 150, nested 147 deep they work and 150 deep they stop
import sys
sys.setrecursionlimit(150)
def nested(kind, depth):
    x = [] if kind == "list" else () if kind == "tuple" else {}
    for i in range(depth):
        x = [x] if kind == "list" else (x,) if kind == "tuple" else {"k": x}
    return x
for kind in ["list", "tuple", "dict"]:
    for depth in [147, 150]:
        a = nested(kind, depth)
        b = nested(kind, depth)
        try:
            print(kind, depth, len(repr(a)))
        except RecursionError as e:
            print(kind, depth, "repr:", e)
        try:
            print(kind, depth, a == b, a != b)
        except RecursionError as e:
            print(kind, depth, "==:", e)
        try:
            print(kind, depth, a in [1, b])
        except RecursionError as e:
            print(kind, depth, "in:", e)
