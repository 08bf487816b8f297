# array.array's sys.getsizeof follows array_resize: 64 bytes, the GC header, and allocated * itemsize, grown mildly by append and extend
import sys
from array import array
for code in "bhidq":
    a = array(code)
    sizes = [sys.getsizeof(a)]
    for i in range(40):
        a.append(i)
        sizes.append(sys.getsizeof(a))
    print(code, a.itemsize, sizes)
a = array("i", range(100))
shrink = []
while a:
    a.pop()
    shrink.append(sys.getsizeof(a))
print(shrink)
for init in ([1, 2, 3], (1, 2, 3), range(3), iter([1, 2, 3]), array("i", [1, 2, 3]), array("b", [1, 2, 3]), b"abcd", bytearray(8), []):
    a = array("i" if not isinstance(init, (bytes, bytearray)) else "b", init)
    print(type(init).__name__, len(a), sys.getsizeof(a), a.__sizeof__())
print(sys.getsizeof(array("u", "hello")), sys.getsizeof(array("u")), sys.getsizeof(array("d", [1.5] * 10)))
a = array("i", [1, 2, 3])
a.extend([4, 5])
print(sys.getsizeof(a))
a.extend(array("i", range(20)))
print(sys.getsizeof(a))
a += array("i", [7])
print(sys.getsizeof(a))
a *= 3
print(len(a), sys.getsizeof(a))
print(sys.getsizeof(a[2:5]), sys.getsizeof(a + a), sys.getsizeof(a * 2), sys.getsizeof(a[::3]))
del a[1:30]
print(len(a), sys.getsizeof(a))
a.insert(0, 9)
print(sys.getsizeof(a))
a.fromlist([1, 2, 3])
print(sys.getsizeof(a))
a.frombytes(b"\x01\x00\x00\x00" * 5)
print(len(a), sys.getsizeof(a))
try:
    a.fromlist([1, "x"])
except TypeError as e:
    print(e, len(a), sys.getsizeof(a))
a.remove(9)
print(sys.getsizeof(a))
a[0:0] = array("i", [5, 5])
print(sys.getsizeof(a))
