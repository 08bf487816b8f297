# sys.getsizeof of lists: append over-allocates, comprehensions too, list(range) is exact
import sys
appended = []
sizes = []
for i in range(20):
    appended.append(i)
    sizes.append(sys.getsizeof(appended))
print(sizes)
print("comprehension", [sys.getsizeof([x for x in range(n)]) for n in (0, 1, 5, 9, 17)])
print("list(range)", [sys.getsizeof(list(range(n))) for n in (0, 1, 5, 9, 17)])
print("literal", sys.getsizeof([1, 2, 3]), sys.getsizeof([]))
print("repeat", sys.getsizeof([0] * 10), sys.getsizeof([None] * 100))
shrink = list(range(100))
while len(shrink) > 3:
    shrink.pop()
print("popped", sys.getsizeof(shrink))
c = shrink.copy()
print("copy", sys.getsizeof(c))
print("slice", sys.getsizeof(list(range(50))[:10]))
e = []
e.extend(range(10))
print("extend", sys.getsizeof(e))
e += [1]
print("iadd", sys.getsizeof(e))
e.clear()
print("clear", sys.getsizeof(e))
print("sorted", sys.getsizeof(sorted([3, 1, 2])), sys.getsizeof(sorted(range(20))))
