# memoryview() takes exactly one object with the buffer protocol: bytes, bytearray, array.array or another memoryview
import array
import sys
for source in [b"abc", bytearray(b"abc"), array.array("h", [1, 2]), memoryview(b"abc"), memoryview(b"abcdef")[::2]]:
    view = memoryview(source)
    print(type(source).__name__, view.format, view.shape, view.strides, view.readonly, view.tolist())
print(memoryview(object=b"kw").tobytes())
nested = memoryview(memoryview(bytearray(b"deep")))
print(type(nested.obj).__name__, nested.obj)
for args in [(), (b"a", b"b"), ("text",), (5,), ([1, 2],), (None,)]:
    try:
        memoryview(*args)
    except TypeError as e:
        print(e)
try:
    memoryview(obj=b"x")
except TypeError as e:
    print(e)
try:
    class MyView(memoryview):
        pass
except TypeError as e:
    print(e)
print(type(memoryview(b"")).__name__, memoryview.__name__, len(memoryview(b"")), bool(memoryview(b"")), bool(memoryview(b"a")))
print(sys.getsizeof(memoryview(b"")), sys.getsizeof(memoryview(b"x" * 1000)), sys.getsizeof(memoryview(b"ab").cast("B", [1, 2])), sys.getsizeof(memoryview(b"abcd").cast("i", [])))
print(memoryview.__basicsize__, memoryview.__itemsize__, memoryview.__weakrefoffset__)
