# release() and the context manager: a released view refuses every operation, and the bytearray can resize again
import sys
data = bytearray(b"xyz")
with memoryview(data) as view:
    print(view[0], sys.getrefcount(data))
print(sys.getrefcount(data))
operations = [
    ("len", lambda: len(view)),
    ("index", lambda: view[0]),
    ("slice", lambda: view[1:]),
    ("tobytes", lambda: view.tobytes()),
    ("tolist", lambda: view.tolist()),
    ("hex", lambda: view.hex()),
    ("obj", lambda: view.obj),
    ("nbytes", lambda: view.nbytes),
    ("format", lambda: view.format),
    ("shape", lambda: view.shape),
    ("cast", lambda: view.cast("b")),
    ("bytes", lambda: bytes(view)),
    ("bool", lambda: bool(view)),
    ("enter", lambda: view.__enter__()),
    ("memoryview", lambda: memoryview(view)),
    ("iter", lambda: list(view)),
]
for name, op in operations:
    try:
        print(name, op())
    except ValueError as e:
        print(name, "ValueError:", e)
view.release()
print(view == view, view == memoryview(b"xyz"), view != view)
print(repr(view).startswith("<released memory at 0x"))
data.append(1)
print(data)
try:
    with memoryview(b"abc") as v:
        raise KeyError("inside")
except KeyError as e:
    print("raised", e, v.__repr__().startswith("<released"))
