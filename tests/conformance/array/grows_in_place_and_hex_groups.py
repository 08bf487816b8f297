# array.append, insert and extend grow the array in place, with CPython's over-allocation; bytes.hex with a separator.
import array, sys
a=array.array("d", range(10**5))
print(len(a), sys.getsizeof(a))
b=array.array("i")
[b.append(i) for i in range(1000)]
b.insert(0, -1)
b.insert(-1, 5)
b.insert(10**9, 7)
print(b[:3], b[-3:], sys.getsizeof(b))
b.extend(range(50))
print(len(b), sys.getsizeof(b))
print(len(bytes(10**5).hex(":")), bytes(range(10)).hex(":", 3), bytes(range(10)).hex("-", -4), b"abcdef".hex(" ", 2))
