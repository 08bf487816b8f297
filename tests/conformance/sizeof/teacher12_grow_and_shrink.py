# sys.getsizeof of containers as they grow and shrink: list.pop, dict after deletes, set.discard
import sys
lst = []
sizes = []
for i in range(20):
    lst.append(i)
    sizes.append(sys.getsizeof(lst))
print(sizes)
shrink = []
while lst:
    lst.pop()
    shrink.append(sys.getsizeof(lst))
print(shrink)
d = {}
ds = []
for i in range(12):
    d[i] = i
    ds.append(sys.getsizeof(d))
print(ds)
for i in range(11):
    del d[i]
print(sys.getsizeof(d), len(d))
d.clear()
print(sys.getsizeof(d))
s = set(range(10))
print(sys.getsizeof(s))
for i in range(10):
    s.discard(i)
print(sys.getsizeof(s), len(s))
s.add(1)
print(sys.getsizeof(s))
l2 = list(range(10))
print(sys.getsizeof(l2))
del l2[2:]
print(sys.getsizeof(l2))
l2.extend(range(3))
print(sys.getsizeof(l2))
l3 = [0] * 10
print(sys.getsizeof(l3))
l3 *= 3
print(sys.getsizeof(l3))
l3[5:] = []
print(sys.getsizeof(l3))
