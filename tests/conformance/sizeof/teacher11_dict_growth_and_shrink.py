# dict sizes through growth, deletes, pop, clear, fromkeys, copies, comprehensions and setdefault
import sys
d = {}
sizes = []
for i in range(45):
    d[i] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
for i in range(40):
    del d[i]
print(sys.getsizeof(d), len(d))
d[100] = 1
print(sys.getsizeof(d))
print(sys.getsizeof(d.copy()), sys.getsizeof(dict(d)), sys.getsizeof({**d}))
d.clear()
print(sys.getsizeof(d))
d["a"] = 1
print(sys.getsizeof(d))
for n in [0, 1, 5, 6, 10, 11, 21, 22, 43, 44, 100]:
    print(n, sys.getsizeof(dict.fromkeys(range(n))), sys.getsizeof({i: i for i in range(n)}), sys.getsizeof(dict(zip(range(n), range(n)))), sys.getsizeof(dict.fromkeys("x" * n)))
e = {str(i): i for i in range(10)}
print(sys.getsizeof(e))
for k in list(e):
    e.pop(k)
print(sys.getsizeof(e))
e.setdefault("z", 1)
print(sys.getsizeof(e))
f = {i: i for i in range(6)}
f.popitem()
print(sys.getsizeof(f))
f.update({10: 1, 11: 2, 12: 3})
print(sys.getsizeof(f))
f |= {20: 1}
print(sys.getsizeof(f))
g = f | {30: 3}
print(sys.getsizeof(g))
h = dict(a=1, b=2)
print(sys.getsizeof(h), sys.getsizeof(dict(h, c=3)), sys.getsizeof(dict([(1, 2)] * 3)))
i = {1.5: 1, (1, 2): 2}
print(sys.getsizeof(i), sys.getsizeof(i.copy()))
j = {}
for k in range(8):
    j[k] = k
    del j[k]
print(sys.getsizeof(j))
print(sys.getsizeof({}.fromkeys([])), sys.getsizeof(dict.fromkeys({1, 2, 3})), sys.getsizeof(dict.fromkeys({1: 1, 2: 2})))
print(sys.getsizeof(d.keys()), sys.getsizeof(d.items()), sys.getsizeof(iter(d)), sys.getsizeof(reversed(d)))
