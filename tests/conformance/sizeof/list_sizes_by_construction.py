# sys.getsizeof of lists by how they were made
import sys
print([sys.getsizeof([0] * n) for n in range(8)])
print([sys.getsizeof(list(range(n))) for n in range(8)])
print([sys.getsizeof([i for i in range(n)]) for n in range(12)])
l = []
sizes = []
for i in range(20):
    l.append(i)
    sizes.append(sys.getsizeof(l))
print(sizes)
print(sys.getsizeof([1, 2, 3]), sys.getsizeof([*range(3)]), sys.getsizeof(list((1, 2, 3))))
print(sys.getsizeof(list("abcde")), sys.getsizeof(list(x for x in "abcde")))
print(sys.getsizeof([1, 2] + [3]), sys.getsizeof([1, 2] * 2), sys.getsizeof(sorted([3, 1, 2])))
a = list(range(10))
a.extend(range(3))
print(sys.getsizeof(a))
b = list(range(10))
b[2:5] = []
print(sys.getsizeof(b))
c = list(range(100))
while len(c) > 5:
    c.pop()
print(sys.getsizeof(c))
c.clear()
print(sys.getsizeof(c))
d = [None] * 10
d *= 3
print(sys.getsizeof(d))
e = list(range(5))
e.insert(0, 9)
print(sys.getsizeof(e))
print(sys.getsizeof(list({1: 2, 3: 4})), sys.getsizeof(list({1, 2, 3})))
print(sys.getsizeof(list(map(str, range(9)))), sys.getsizeof(list(zip(range(9), range(9)))))
print(sys.getsizeof("a b c d".split()), sys.getsizeof([].copy()), sys.getsizeof([1,2,3][:]))
