# Sets iterate, print and pop in the order of CPython's hash table: ints by value modulo the table size, collisions probed.
import sys
print({3, 1, 2}, {10, 2, 33}, set([5, 3, 9, 1]), {-1, 7, 8}, {0.5, 1.5, 2.5}, {None, True, (1, 2)})
print({x * 8 for x in range(6)}, {x % 5 for x in range(20)}, frozenset([40, 8, 16, 24]))
s = set()
for x in [100, 3, 67, 35, 99, 4, 1000, 36]:
    s.add(x)
print(s, sys.getsizeof(s))
s.discard(3)
s.discard(67)
s.add(131)
s.add(3)
print(s, sys.getsizeof(s))
big = set(range(0, 200, 7))
print(list(big)[:12], len(big), sys.getsizeof(big))
popped = [big.pop() for _ in range(5)]
print(popped, len(big))
a = {1, 9, 17, 25, 4}
b = {4, 12, 9, 33}
print(a | b, a & b, a - b, b - a, a ^ b)
a |= {64, 2}
print(a)
a &= {64, 2, 9, 17, 99}
print(a)
a ^= {2, 5, 100}
print(a, a.issubset(range(200)))
t = tuple({(0, 1), (1, 0), (2, 2), (-1, -1)})
print(t, [hash(x) % 8 for x in t])
print(set(dict.fromkeys([50, 2, 18, 34])), set({7: 1, 15: 2, 3: 3}.items()))
print(list(reversed(sorted({5, 2, 8}))), max({3, 11, 19}), min({3, 11, 19}))
