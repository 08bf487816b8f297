# bytearray sizes as it changes: PyByteArray_Resize's growth and shrink, and the logical start that front deletions move
import sys
def size(b):
    return sys.getsizeof(b) - 56
def track(label, b, step, times):
    sizes = []
    for i in range(times):
        step(b, i)
        sizes.append(size(b))
    print(label, sizes)
    return b
def delete_front(b, i):
    del b[:3]
def add_abc(b, i):
    b += b"abc"
b = track("append", bytearray(), lambda b, i: b.append(i), 30)
track("pop", b, lambda b, i: b.pop(), 30)
track("pop(0)", bytearray(b"x" * 40), lambda b, i: b.pop(0), 40)
track("del b[:3]", bytearray(b"x" * 40), delete_front, 13)
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
track("extend bytes", bytearray(), lambda b, i: b.extend(b"ab"), 15)
track("extend list", bytearray(), lambda b, i: b.extend([1, 2, 3]), 15)
track("extend generator", bytearray(), lambda b, i: b.extend(x for x in range(3)), 15)
track("+=", bytearray(), add_abc, 15)
b = bytearray(b"ab")
mul = []
for k in [2, 2, 2, 3, 1, 0]:
    b *= k
    mul.append(size(b))
print("*=", mul)
print(track("insert", bytearray(), lambda b, i: b.insert(0, i), 15)[:5])
track("remove", bytearray(b"x" * 40), lambda b, i: b.remove(120), 40)
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
