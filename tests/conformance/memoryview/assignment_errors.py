# Writing through a view: item and slice assignment into a bytearray, and the errors of read-only memory and bad values
data = bytearray(b"abcdef")
view = memoryview(data)
view[0] = 65
view[-1] = 70
view[1:3] = b"BC"
view[3:5] = bytearray(b"DE")
print(data)
view[::2] = b"135"
print(data)
view[0:2] = view[4:6]
print(data)
attempts = [
    ("too big", lambda: view.__setitem__(0, 256)),
    ("negative", lambda: view.__setitem__(0, -1)),
    ("float", lambda: view.__setitem__(0, 1.5)),
    ("str", lambda: view.__setitem__(0, "a")),
    ("out of range", lambda: view.__setitem__(10, 1)),
    ("wrong length", lambda: view.__setitem__(slice(0, 2), b"xyz")),
    ("not a buffer", lambda: view.__setitem__(slice(0, 2), [1, 2])),
    ("delete", lambda: view.__delitem__(0)),
    ("bad key", lambda: view.__setitem__("a", 1)),
    ("float key", lambda: view.__getitem__(1.0)),
    ("big index", lambda: view.__getitem__(2 ** 70)),
    ("tuple key", lambda: view.__getitem__((0, 1))),
    ("empty tuple", lambda: view.__getitem__(())),
]
for name, attempt in attempts:
    try:
        attempt()
        print(name, "ok")
    except Exception as e:
        print(name, type(e).__name__, e)
frozen = memoryview(b"abc")
for name, attempt in [("item", lambda: frozen.__setitem__(0, 1)), ("slice", lambda: frozen.__setitem__(slice(0, 1), b"x")), ("delete", lambda: frozen.__delitem__(0))]:
    try:
        attempt()
    except TypeError as e:
        print(name, e)
readonly = view.toreadonly()
try:
    readonly[0] = 1
except TypeError as e:
    print("toreadonly:", e, readonly.readonly, view.readonly)
