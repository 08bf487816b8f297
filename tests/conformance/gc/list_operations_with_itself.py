# lists operated on with themselves: a[1:1] = a, a += a, a.extend(a), a * 2, a[:] = a, with sizes and gc counts
import sys, gc
def counted(f):
    gc.collect()
    c0 = gc.get_count()[0]
    r = f()
    return gc.get_count()[0] - c0, r
a = [1, 2, 3]
print(counted(lambda: a.__setitem__(slice(1, 1), a)), a, sys.getsizeof(a))
b = [1, 2, 3]
b += b
print(b, sys.getsizeof(b))
c = [1, 2, 3]
print(counted(lambda: c.extend(c)), c, sys.getsizeof(c))
d = [1, 2, 3]
d[:] = d
print(d, sys.getsizeof(d))
e = [1, 2, 3, 4]
e[::2] = e[1::2]
print(e, sys.getsizeof(e))
f = list(range(10))
f[2:8] = f
print(len(f), sys.getsizeof(f))
g = [1, 2]
g.append(g)
print(g, sys.getsizeof(g))
h = [[]] * 3
h[0].append(h)
print(h[1][0] is h, sys.getrefcount(h))
i = [1, 2, 3]
i[len(i):] = i
print(i, sys.getsizeof(i))
j = [1, 2, 3]
j[:0] = j
print(j, sys.getsizeof(j))
k = [1, 2, 3]
print(counted(lambda: k.__setitem__(slice(0, 3), k)), sys.getsizeof(k))
m = [3, 1, 2]
m.sort(key=lambda x: m.index(x))
print(m, sys.getsizeof(m))
