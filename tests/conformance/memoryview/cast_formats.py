# cast() reinterprets the same bytes in another native format (little-endian, C sizes), or reshapes them
data = bytearray(range(16))
view = memoryview(data)
for fmt in ["B", "b", "c", "H", "h", "i", "I", "l", "q", "f", "d", "L", "Q", "?"]:
    cast = view.cast(fmt)
    print(fmt, cast.format, cast.itemsize, len(cast), cast.nbytes, cast.shape, cast.strides)
print(view.cast("H").tolist())
print(view.cast("i").tolist())
print(view.cast("q").tolist())
print(view[0:4].cast("c").tolist())
ints = view.cast("i")
ints[0] = -1
ints[1] = 2 ** 31 - 1
print(data[:8], ints.tolist()[:2])
floats = memoryview(bytearray(16)).cast("d")
floats[0] = 1.5
floats[1] = 7
print(floats.tolist(), floats.obj)
grid = view.cast("B", [4, 4])
print(grid.ndim, grid.shape, grid.strides, grid.tolist())
print(grid[1, 2], grid[-1, -1], len(grid))
grid[0, 0] = 99
print(data[0], grid.cast("B").tolist()[:3])
print(view.cast("@i").format, view.cast("B", (2, 8)).shape)
signed = memoryview(b"\xff\x80\x7f").cast("b")
print(signed.tolist(), list(signed))
print(memoryview(b"\x01\x00").cast("?").tolist())
