# set and frozenset sizes as they grow, after discard, and the results of set operations
import sys
s = set()
out = []
for i in range(40):
    s.add(i)
    out.append(sys.getsizeof(s))
print(out)
for i in range(35):
    s.discard(i)
print(sys.getsizeof(s), len(s))
s.clear()
print(sys.getsizeof(s))
for n in [0, 1, 4, 5, 8, 18, 19, 20, 50, 76, 77]:
    r = range(n)
    print(n, sys.getsizeof(set(r)), sys.getsizeof(frozenset(r)), sys.getsizeof({*r}), sys.getsizeof({x for x in r}), sys.getsizeof(set(list(r))))
a = set(range(10))
b = set(range(5, 30))
print(sys.getsizeof(a | b), sys.getsizeof(a & b), sys.getsizeof(a - b), sys.getsizeof(a ^ b), sys.getsizeof(b - a))
print(sys.getsizeof(a.union(b)), sys.getsizeof(a.intersection(b)), sys.getsizeof(a.difference(b)), sys.getsizeof(a.symmetric_difference(b)))
c = a.copy()
print(sys.getsizeof(c))
c |= b
print(sys.getsizeof(c))
c &= {1, 2}
print(sys.getsizeof(c))
c -= {1}
print(sys.getsizeof(c))
c ^= set(range(100))
print(sys.getsizeof(c))
fa = frozenset(a)
print(sys.getsizeof(fa), sys.getsizeof(fa | b), sys.getsizeof(fa & {1}), sys.getsizeof(fa.copy()), sys.getsizeof(frozenset()))
print(sys.getsizeof(set("hello world")), sys.getsizeof(frozenset("abcdefgh")), sys.getsizeof(set({1: 2, 3: 4})))
d = set(range(100))
d.difference_update(range(95))
print(sys.getsizeof(d))
d.intersection_update(range(97, 100))
print(sys.getsizeof(d))
d.update(range(1000, 1010))
print(sys.getsizeof(d))
while d:
    d.pop()
print(sys.getsizeof(d))
print(sys.getsizeof(iter(set())), sys.getsizeof(set().__iter__()))
