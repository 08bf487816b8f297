# bytes: reference counts, sharing of the empty and one-byte objects, gc tracking, sizes
import sys, gc
data = b"payload"
print(sys.getrefcount(data))
alias = data
print(sys.getrefcount(data))
box = [data, data]
print(sys.getrefcount(data), gc.is_tracked(data), gc.is_tracked(box))
made = bytes([1, 2, 3])
print(sys.getrefcount(made))
del box
print(sys.getrefcount(data))
e1 = bytes()
e2 = b""
print(e1 is e2, bytes([65]) is b"A", b"ab"[0:1] is b"a")
joined = b"".join([b"ab", b"cd"])
print(sys.getrefcount(joined), sys.getsizeof(joined))
text = "memory"
encoded = text.encode()
print(sys.getrefcount(encoded), encoded.decode() == text, sys.getsizeof(encoded))
def f(x):
    return sys.getrefcount(x)
print(f(made), f(b"constant bytes"))
t = (b"in", b"tuple")
print(gc.is_tracked(t), sys.getsizeof(t))
big = b"z" * 1000
print(sys.getsizeof(big), len(big[10:20]), sys.getsizeof(big[10:20]))
x = b"abc"
print(x + b"" is x, b"" + x is x, x * 1 is x, 1 * x is x, x * 2 is x)
