# sys.getsizeof of dicts after deletes and clear, sets after discard
import sys
d = {i: i for i in range(10)}
print(sys.getsizeof(d))
for i in range(9):
    del d[i]
print(sys.getsizeof(d))
d[100] = 1
print(sys.getsizeof(d))
d.clear()
print(sys.getsizeof(d))
d["a"] = 1
print(sys.getsizeof(d))
e = dict.fromkeys(range(6))
print(sys.getsizeof(e), sys.getsizeof(dict.fromkeys("abcdef")))
print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof({1: 1}), sys.getsizeof(dict(a=1)))
f = {}
for i in range(6):
    f[str(i)] = i
print(sys.getsizeof(f))
f.pop("0"); f.popitem()
print(sys.getsizeof(f), sys.getsizeof(f.copy()), sys.getsizeof(dict(f)))
s = set(range(10))
print(sys.getsizeof(s))
for i in range(9):
    s.discard(i)
print(sys.getsizeof(s))
s.clear()
print(sys.getsizeof(s))
t = set()
sizes = []
for i in range(40):
    t.add(i)
    sizes.append(sys.getsizeof(t))
print(sizes)
print(sys.getsizeof(frozenset(range(5))), sys.getsizeof({1, 2, 3}), sys.getsizeof(set("abcdef")))
print(sys.getsizeof(s | {1}), sys.getsizeof(set(range(10)) - {1}), sys.getsizeof(set(range(10)).copy()))
