# str.partition and rpartition at their edges (empty separator, missing separator, whole match), their results' identity and sizes
import sys
s = "key=value=more"
print(s.partition("="), s.rpartition("="))
print(s.partition("#"), s.rpartition("#"))
print("".partition("x"), "".rpartition("x"))
print("abc".partition("abc"), "abc".rpartition("abc"))
print("aaa".partition("aa"), "aaa".rpartition("aa"))
p = s.partition("#")
print(p[0] is s, p[1] is p[2], sys.getsizeof(p))
r = s.rpartition("#")
print(r[2] is s, r[0] == "")
for bad in ("", None, 1):
    try:
        s.partition(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    s.rpartition()
except TypeError as e:
    print(e)
print("é=ü".partition("="), sys.getsizeof("é=ü".partition("=")[2]))
print(b"a,b".partition(b","), bytearray(b"a,b").rpartition(b","))
