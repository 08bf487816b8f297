# sys.getsizeof of str: ascii, latin-1, BMP and astral characters cost different amounts
import sys
for s in ["", "a", "ab", "hello world", "é", "héllo", "€", "a€", "😀", "a😀", "x" * 100]:
    print(repr(s), len(s), sys.getsizeof(s))
print(sys.getsizeof("abc" * 10), sys.getsizeof("é" * 10), sys.getsizeof("€" * 10), sys.getsizeof("😀" * 10))
joined = "".join(["ab", "cd", "é"])
print(joined, sys.getsizeof(joined))
print(sys.getsizeof(str(12345)), sys.getsizeof(f"{3.5}"), sys.getsizeof("abc".upper()))
print(sys.getsizeof("a b c".split()[0]))
print(sys.getsizeof(chr(255)), sys.getsizeof(chr(256)), sys.getsizeof(chr(65536)))
