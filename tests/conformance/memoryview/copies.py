# tobytes(), bytes(view), bytearray(view), tolist() and hex() copy what the view sees; the view itself copies nothing
data = bytearray(b"\x00\x01\xfe\xff")
view = memoryview(data)
print(view.tobytes(), bytes(view), bytearray(view), view.tolist(), view.hex())
print(view.hex(":"), view.hex("-", 2), view.hex(":", -3), view[::-1].hex(), view[1:3].tobytes())
print(view.tobytes("A"), view.tobytes(order=None), view.tobytes("F"))
copy = bytes(view)
data[0] = 42
print(copy, view[0], bytes(view[0:1]))
print(b"abcdef".find(memoryview(b"cd")), b"abcdef".startswith(memoryview(b"ab")), b"x" in memoryview(b"xyz").tobytes())
print(bytearray(b"ab") + memoryview(b"cd").tobytes(), memoryview(b"abc").cast("c").tolist())
try:
    view.tobytes("X")
except ValueError as e:
    print(e)
print(77 in view, 42 in view, list(reversed(view.tolist())))
try:
    view.hex("::")
except ValueError as e:
    print(e)
