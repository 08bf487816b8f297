# bytearray sizes as it changes: PyByteArray_Resize's growth and shrink, and the logical start that front deletions move
import sys
def size(b):
    return sys.getsizeof(b) - 56
b = bytearray()
grown = []
for i in range(30):
    b.append(i)
    grown.append(size(b))
print("append", grown)
shrunk = []
for i in range(30):
    b.pop()
    shrunk.append(size(b))
print("pop", shrunk)
b = bytearray(b"x" * 40)
front = []
for i in range(40):
    b.pop(0)
    front.append(size(b))
print("pop(0)", front)
b = bytearray(b"x" * 40)
front = []
for i in range(13):
    del b[:3]
    front.append(size(b))
print("del b[:3]", front)
b = bytearray(b"x" * 40)
del b[:10]
print("after del b[:10]", len(b), size(b))
b.append(1)
print("then append", size(b))
b += b"abcdefghijk"
print("then +=", size(b))
b = bytearray(b"x" * 40)
del b[:30]
print("del b[:30]", size(b))
b = bytearray(b"x" * 40)
del b[0]
print("del b[0]", size(b), len(b))
b = bytearray()
ext = []
for i in range(15):
    b.extend(b"ab")
    ext.append(size(b))
print("extend bytes", ext)
b = bytearray()
ext = []
for i in range(15):
    b.extend([1, 2, 3])
    ext.append(size(b))
print("extend list", ext)
b = bytearray()
ext = []
for i in range(15):
    b.extend(x for x in range(3))
    ext.append(size(b))
print("extend generator", ext)
b = bytearray()
ext = []
for i in range(15):
    b += b"abc"
    ext.append(size(b))
print("+=", ext)
b = bytearray(b"ab")
mul = []
for k in [2, 2, 2, 3, 1, 0]:
    b *= k
    mul.append(size(b))
print("*=", mul)
b = bytearray()
ins = []
for i in range(15):
    b.insert(0, i)
    ins.append(size(b))
print("insert", ins, b[:5])
b = bytearray(b"x" * 40)
rem = []
for i in range(40):
    b.remove(120)
    rem.append(size(b))
print("remove", rem)
b = bytearray(b"abcdef")
b.clear()
print("clear", size(b), b)
b = bytearray(b"abcdefgh")
b[2:4] = b"XYZW12"
print("b[2:4] = 6 bytes", b, size(b))
b[2:8] = b""
print("b[2:8] = b''", b, size(b))
b[::2] = b""
print("b[::2] = b''", b, size(b))
b = bytearray(b"x" * 40)
del b[::2]
print("del b[::2]", size(b), len(b))
del b[::-3]
print("del b[::-3]", size(b), len(b))
b = bytearray(10)
b[:] = range(20)
print("b[:] = range(20)", size(b))
b[:] = []
print("b[:] = []", size(b))
b = bytearray(b"0123456789")
b[2:3] = bytearray(b"abc")
print(b, size(b))
b[3:1] = b"Q"
print(b, size(b))
b.reverse()
print(b, size(b))
src = bytearray(b"abcdef")
print([size(x) for x in (src.copy(), src[1:3], src[:0], src + b"xy", src * 3, src * 0, src.upper(), src.strip(), src.replace(b"z", b"y"), src.ljust(3))])
print([size(x) for x in src.split(b"c")], size(bytearray(b"a").join([b"x", b"y"])))
print(bytearray(b"abc").__alloc__(), bytearray().__alloc__())
