# list over-allocation after append, extend, insert, +=, slice assignment, *, pop, del and clear
import sys
a = []
seen = []
for i in range(40):
    a.append(i)
    seen.append(sys.getsizeof(a))
print(seen)
b = []
for i in range(20):
    b.insert(0, i)
    print(sys.getsizeof(b), end=" ")
print()
c = [1, 2, 3]
c += [4]
print(sys.getsizeof(c))
c += range(10)
print(sys.getsizeof(c))
c += (x for x in range(3))
print(sys.getsizeof(c))
c.extend("abcdef")
print(sys.getsizeof(c), len(c))
d = [0] * 10
print(sys.getsizeof(d))
d[2:4] = range(30)
print(sys.getsizeof(d), len(d))
d[:] = []
print(sys.getsizeof(d))
d[0:0] = [1]
print(sys.getsizeof(d))
e = list(range(50))
for i in range(50):
    e.pop()
    print(sys.getsizeof(e), end=" ")
print()
f = list(range(50))
del f[10:]
print(sys.getsizeof(f))
del f[::2]
print(sys.getsizeof(f))
f.clear()
print(sys.getsizeof(f))
g = [1, 2] * 5
print(sys.getsizeof(g))
g *= 3
print(sys.getsizeof(g))
g *= 0
print(sys.getsizeof(g))
h = [1, 2, 3]
h *= 1
print(sys.getsizeof(h))
i = list(range(17))
i.remove(5)
print(sys.getsizeof(i))
j = []
j.extend([])
print(sys.getsizeof(j))
j.extend([1])
print(sys.getsizeof(j))
j.extend(range(100))
print(sys.getsizeof(j))
k = [None] * 9
k.append(1)
print(sys.getsizeof(k))
l = [1, 2, 3] + [4]
print(sys.getsizeof(l), sys.getsizeof(l[:]), sys.getsizeof(l.copy()), sys.getsizeof(list(l)), sys.getsizeof([*l]))
m = sorted(range(7))
print(sys.getsizeof(m), sys.getsizeof(sorted(set(range(7)))), sys.getsizeof(list(reversed(m))))
