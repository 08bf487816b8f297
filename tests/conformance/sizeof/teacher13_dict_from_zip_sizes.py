# Dict comprehensions over zip, dict(zip()) and dict.fromkeys: sizes and refcounts of shared values
import sys

keys = ['k%d' % i for i in range(12)]
vals = list(range(100, 112))
for n in (0, 1, 5, 6, 8, 11, 12):
    a = {k: v for k, v in zip(keys[:n], vals)}
    b = dict(zip(keys[:n], vals))
    c = dict.fromkeys(keys[:n])
    print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), a == b)
shared = object()
d = {k: shared for k in keys}
print(sys.getrefcount(shared))
e = dict.fromkeys(keys, shared)
print(sys.getrefcount(shared))
del d
print(sys.getrefcount(shared))
z = zip(keys, vals)
print(sys.getsizeof(z) == sys.getsizeof(zip()), next(z))
inv = {v: k for k, v in zip(keys, vals) if v % 2}
print(len(inv), sys.getsizeof(inv))
print(sys.getsizeof({i: i for i in range(6)}), sys.getsizeof({i: i for i in range(7)}))
