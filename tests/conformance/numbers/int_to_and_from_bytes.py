# int.to_bytes and int.from_bytes: byte orders, two's complement, Argument Clinic's errors, and from_bytes reading any buffer, __bytes__ or an iterable of ints (PyObject_Bytes)
import gc, sys
from array import array
print(int.from_bytes(b'\x01\x02', 'big'), int.from_bytes(b'\x01\x02', 'little'), int.from_bytes(b'\x01\x02'))
print(int.from_bytes(array('i', [1, 2]), 'little'), int.from_bytes(memoryview(b'\x01\x02'), 'big'), int.from_bytes(bytearray(b'\xff'), 'big', signed=True))
print(int.from_bytes([1, 2], 'big'), int.from_bytes((255, 255), 'little', signed=True), int.from_bytes(iter([1, 0]), byteorder='little'), int.from_bytes(b''))
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (5).to_bytes(), (-1).to_bytes(2, 'big', signed=True), (0).to_bytes(0, 'big'), (255).to_bytes(1, 'big'))
print(True.to_bytes(1, 'big'), bool.from_bytes(b'\x01', 'big'), type(bool.from_bytes(b'\x00', 'big')))
class MyInt(int):
    def __new__(cls, v):
        print('MyInt new', v)
        return super().__new__(cls, v)
print(repr(MyInt.from_bytes(b'\x07', 'big')), type(MyInt.from_bytes(b'\x07', 'big')).__name__)
class B:
    def __bytes__(self):
        return b'\x02'
print(int.from_bytes(B(), 'big'))
x = (7).to_bytes(1, 'big')
print(x is (7).to_bytes(1, 'big'), x == b'\x07', sys.getsizeof((1).to_bytes(10, 'big')), len((0).to_bytes(0, 'big')))
for f in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (128).to_bytes(1, 'big', signed=True), lambda: (-129).to_bytes(1, 'big', signed=True),
          lambda: (1).to_bytes(-1, 'big'), lambda: (1).to_bytes(1, 'middle'), lambda: (1).to_bytes(1, 1), lambda: (1).to_bytes('a'), lambda: (1).to_bytes(1, 'big', True),
          lambda: (1).to_bytes(length=2), lambda: (1).to_bytes(x=2), lambda: (1).to_bytes(1, length=2), lambda: (1).to_bytes(1, 'big', signed=False, length=3), lambda: (1).to_bytes(2**70),
          lambda: int.from_bytes(), lambda: int.from_bytes('ab'), lambda: int.from_bytes(5), lambda: int.from_bytes(1.5), lambda: int.from_bytes(b'a', 'x'), lambda: int.from_bytes(b'a', 2),
          lambda: int.from_bytes(b'a', 'big', True), lambda: int.from_bytes([256]), lambda: int.from_bytes(['a']), lambda: int.from_bytes(bytes=b'\x01'), lambda: int.from_bytes(b'\x01', bytes=1),
          lambda: (0).to_bytes(0), lambda: (1).to_bytes(0), lambda: (-1).to_bytes(0, signed=True), lambda: (255).to_bytes(1, signed=True), lambda: int.to_bytes(1.5), lambda: int.from_bytes(memoryview(b'abcd')[::2])]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
gc.collect()
out = []
for i in range(3):
    s = gc.get_count()[0]
    int.from_bytes(b'\x01\x02', 'big')
    a = gc.get_count()[0] - s
    s = gc.get_count()[0]
    (5).to_bytes(2, byteorder='big')
    b = gc.get_count()[0] - s
    s = gc.get_count()[0]
    int.from_bytes(b'\x01', byteorder='big', signed=True)
    c = gc.get_count()[0] - s
    out.append((a, b, c))
print(out)
print(int.to_bytes, int.to_bytes.__qualname__, int.from_bytes.__qualname__)
for value in [127, 128, -128, -129, 255, 256, 2**63, -2**63, 2**64 - 1]:
    row = []
    for length in [1, 2, 8, 9]:
        for signed in [True, False]:
            try:
                data = value.to_bytes(length, "little", signed=signed)
                row.append(int.from_bytes(data, "little", signed=signed) == value)
            except OverflowError as e:
                row.append(str(e)[:8])
    print(value, row)
