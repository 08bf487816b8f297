# set and frozenset algebra, mixed results' types, comparisons and sizes
import sys
a = {1, 2, 3}
f = frozenset({3, 4})
print(a | f, type(a | f).__name__, type(f | a).__name__, f & a, type(f & a).__name__)
print(a - f, f - a, a ^ f, a.union([9], (8,)), f.intersection("x"), a.difference(), a.symmetric_difference([1, 7]))
print(a < {1, 2, 3, 4}, a <= a, a < a, a > {1}, f == frozenset({3, 4}), {3, 4} == f, a != f)
print(a.issubset(range(5)), a.issuperset([1]), f.isdisjoint([5]), a.isdisjoint(f))
try:
    a | [4]
except TypeError as e:
    print(e)
try:
    a < [1]
except TypeError as e:
    print(e)
try:
    a + f
except TypeError as e:
    print(e)
b = set(a)
b |= {10}
b &= {1, 10, 11}
b -= {1}
b ^= {10, 20}
print(b)
try:
    b |= [1]
except TypeError as e:
    print(e)
print(sys.getsizeof(set()), sys.getsizeof({1}), sys.getsizeof(set(range(5))), sys.getsizeof(set(range(6))), sys.getsizeof(frozenset(range(100))))
s = set()
sizes = []
for i in range(40):
    s.add(i)
    sizes.append(sys.getsizeof(s))
print(sizes)
for i in range(40):
    s.discard(i)
print(sys.getsizeof(s))
print(frozenset() is frozenset(), frozenset(f) is f, hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print({frozenset({1}): "a"}[frozenset([1])], {1, 2} == {2, 1}, set("abc") == frozenset("cba"))
print(min({3, 1, 2}), max(frozenset({-1, 5})), sorted({3, 1, 2}, reverse=True), sum({1, 2}), len(f | a))
print(a.pop(), a, a.remove(2), a, a.discard(99))
a.update([5], {6}, range(7, 9))
print(a, a.copy() == a, a.copy() is a)
a.intersection_update({5, 6}, [6, 5, 4])
print(a)
a.difference_update([5])
a.symmetric_difference_update([6, 7])
print(a)
