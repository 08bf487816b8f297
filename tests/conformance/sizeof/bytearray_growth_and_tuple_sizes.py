# sys.getsizeof of bytearray growth and tuples of all sizes
import sys
b = bytearray()
sizes = []
for i in range(40):
    b.append(i)
    sizes.append(sys.getsizeof(b))
print(sizes)
print(sys.getsizeof(bytearray(10)), sys.getsizeof(bytearray(b"abc")), sys.getsizeof(bytearray()))
c = bytearray(b"x" * 10)
c.extend(b"y" * 5)
print(sys.getsizeof(c))
c += b"z" * 30
print(sys.getsizeof(c))
del c[:40]
print(sys.getsizeof(c), len(c))
c.clear()
print(sys.getsizeof(c))
print([sys.getsizeof(tuple(range(n))) for n in range(10)])
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof(tuple([1, 2])))
print([sys.getsizeof(bytes(n)) for n in range(5)])
print(sys.getsizeof(bytearray(b"ab") * 3), sys.getsizeof(bytearray(b"ab") + b"cd"))
d = bytearray(b"hello")
d[1:3] = b"XYZW"
print(sys.getsizeof(d))
e = bytearray(100)
e[10:] = b""
print(sys.getsizeof(e))
