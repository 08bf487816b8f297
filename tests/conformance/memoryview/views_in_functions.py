# Views passed around: a function's parameter is one more reference to the view, never to the exporter
import sys


def first_byte(view):
    print("inside:", sys.getrefcount(view), sys.getrefcount(view.obj))
    return view[0]


def header(data):
    with memoryview(data) as view:
        return bytes(view[:4])


data = bytearray(b"PK\x03\x04rest of the file")
view = memoryview(data)
print(sys.getrefcount(view), sys.getrefcount(data))
print(first_byte(view), first_byte(view[2:]))
print(sys.getrefcount(view), sys.getrefcount(data))
print(header(data), sys.getrefcount(data))


def chunks(view, size):
    for start in range(0, len(view), size):
        yield view[start:start + size]


sizes = [len(c) for c in chunks(view, 8)]
print(sizes, sys.getrefcount(data))
parts = list(chunks(view, 10))
print([p.tobytes() for p in parts], sys.getrefcount(view))
data[0] = ord("Z")
print(parts[0][0], bytes(parts[0][:2]))
del parts
view.release()
data.extend(b"!")
print(data[-3:], sys.getrefcount(data))
