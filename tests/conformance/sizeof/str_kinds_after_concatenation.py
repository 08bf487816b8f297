# sys.getsizeof of str kinds and after concatenation
import sys
for s in ["", "a", "ab", "é", "éa", "\u0100", "€", "😀", "a😀", "ÿ" * 10, "€" * 10, "😀" * 10]:
    print(repr(s), len(s), sys.getsizeof(s))
a = "abc"
b = a + "é"
c = b + "€"
d = c + "😀"
print(sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
print(sys.getsizeof(d[:3]), sys.getsizeof(d[3:4]), sys.getsizeof(d[-1]))
print(sys.getsizeof("".join(["a", "€"])), sys.getsizeof("a".join("€€")))
print(sys.getsizeof(str(10**20)), sys.getsizeof(repr(1.5)), sys.getsizeof(chr(0x10000)))
e = "é".encode()
print(sys.getsizeof(e), sys.getsizeof(e.decode()))
print(sys.getsizeof("x" * 1000), sys.getsizeof("€" * 1000))
f = "a" * 5
f += "😀"
print(sys.getsizeof(f))
print(sys.getsizeof("abc".upper()), sys.getsizeof("ÀÉ".lower()), sys.getsizeof("ß".upper()))
