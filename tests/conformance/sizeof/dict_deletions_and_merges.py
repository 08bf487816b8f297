# Deleted entries still use the keys table: it resizes when its entries run out, to used*3 (3.11's
# calculate_log2_keysize rounds small ones up to 16); copies and merges clone a compact table or resize once.
import sys
d = {i: str(i) for i in range(10)}
print(sys.getsizeof(d))
del d[3]; d[42] = "x"
print(sys.getsizeof(d), list(d)[-2:])
e = {}
sizes = []
for i in range(5):
    e[i] = i
for i in range(5):
    del e[i]
    e[i + 100] = i
    sizes.append(sys.getsizeof(e))
print(sizes)
f = dict.fromkeys("abcde")
for k in "abc":
    del f[k]
f["z"] = 1
print(sys.getsizeof(f), len(f))
g = {"a": 1, "b": 2}
for i in range(20):
    g["k"] = i
    del g["k"]
print(sys.getsizeof(g))
h = {i: i for i in range(6)}
del h[0]; del h[1]
print(sys.getsizeof(h), sys.getsizeof(h.copy()), sys.getsizeof(dict(h)))
h[0] = 0
print(sys.getsizeof(h))
s = {}
s["x"] = 1; s["y"] = 2; s["x"] = 3
print(sys.getsizeof(s))
p = {"a": 1, "b": 2, "c": 3}
p.pop("a"); p.pop("b")
p["d"] = 4; p["e"] = 5; p["f"] = 6; p["g"] = 7
print(sys.getsizeof(p), list(p))
a = {i: i for i in range(3)}
b = {i: i for i in range(10, 20)}
a.update(b)
print(sys.getsizeof(a))
c = {**a, **b}
print(sys.getsizeof(c), sys.getsizeof(dict(b)), sys.getsizeof({**b}))
small = {"x": 1}
print(sys.getsizeof(small.copy()), sys.getsizeof(dict(small)))
big = {i: i for i in range(30)}
for i in range(25):
    del big[i]
print(sys.getsizeof(big), sys.getsizeof(big.copy()), sys.getsizeof(dict(big)))
def kw(**kwargs):
    return sys.getsizeof(kwargs)
print(kw(**{"p": 1, "q": 2}), kw(a=1, **small))
try:
    kw(**b)
except TypeError as e:
    print(e)
