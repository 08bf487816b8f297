# Iterating a view reads the buffer as it is at each step; `in` iterates (memoryview has no __contains__)
data = bytearray(b"abc")
view = memoryview(data)
seen = []
for i, byte in enumerate(view):
    seen.append(byte)
    if i == 0:
        data[2] = ord("Z")
print(seen)
print(98 in view, 200 in view, b"a" in view.cast("c"), list(view.cast("c")))
stream = iter(view)
print(next(stream))
view.release()
try:
    next(stream)
except ValueError as e:
    print(e)
print(sorted(memoryview(b"cab")), max(memoryview(b"\x01\x09\x03")), sum(memoryview(b"\x01\x02")))
print(list(enumerate(memoryview(b"xy"))), list(zip(memoryview(b"ab"), memoryview(b"cd"))))
try:
    iter(memoryview(b"abcd").cast("B", [2, 2]))
except NotImplementedError as e:
    print(e)
try:
    print(len(memoryview(b"abcd").cast("i", [])), bool(memoryview(b"abcd").cast("i", [])))
except TypeError as e:
    print(e)
zero_d = memoryview(b"abcd").cast("i", [])
print(zero_d.ndim, zero_d.shape, zero_d.strides, zero_d.tolist(), zero_d[()], zero_d[...] is zero_d)
