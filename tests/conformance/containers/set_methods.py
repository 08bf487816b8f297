# Set operations on ints (their iteration order is deterministic).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a)
a.add(10)
a.discard(99)
a.remove(1)
print(sorted(a), a.isdisjoint({7}), a.issuperset({2, 3}), sorted(a.union([20])))
a.update([30, 31])
print(sorted(a), len(a), a.pop() in {2, 3, 4, 10, 30, 31})
