# The checks cast() makes, in CPython's order, with its messages
data = bytearray(range(8))
view = memoryview(data)
attempts = [
    ("format type", lambda: view.cast(1)),
    ("shape type", lambda: view.cast("B", 5)),
    ("unknown format", lambda: view.cast("x")),
    ("two chars", lambda: view.cast("ii")),
    ("non-byte to non-byte", lambda: view.cast("i").cast("h")),
    ("not a multiple", lambda: view[0:3].cast("i")),
    ("product", lambda: view.cast("B", [3, 3])),
    ("zero dimension", lambda: view.cast("B", [8, 0])),
    ("not an int", lambda: view.cast("B", [2, "4"])),
    ("ND to ND", lambda: view.cast("B", [2, 4]).cast("B", [4, 2])),
    ("not contiguous", lambda: view[::2].cast("B")),
    ("sub-view", lambda: view.cast("B", [2, 4])[0]),
    ("multi slice", lambda: view.cast("B", [2, 4])[0:1, 0:1]),
    ("2d iteration", lambda: list(view.cast("B", [2, 4]))),
    ("2d slice assignment", lambda: view.cast("B", [2, 4]).__setitem__((slice(0, 1), slice(0, 1)), b"x")),
    ("short tuple", lambda: view.cast("B", [2, 4])[(1,)]),
    ("bad value", lambda: view.cast("h").__setitem__(0, 40000)),
    ("bad char", lambda: view.cast("c").__setitem__(0, b"xy")),
    ("char type", lambda: view.cast("c").__setitem__(0, 65)),
    ("float type", lambda: view.cast("d").__setitem__(0, "1.0")),
]
for name, attempt in attempts:
    try:
        print(name, "ok", attempt())
    except Exception as e:
        print(name, type(e).__name__, e)
print(len(view), view.tolist())
