# Tuples: indexing, count, index, concatenation, comparison and packing.
t = (1, 2, 2, 3)
print(t[1], t[-1], t[1:3], t.count(2), t.index(3), t + (4,), t * 2, (1, 2) < (1, 3))
x, y = y, x = 1, 2
print(x, y)
single = 5,
print(single, type(single).__name__, len(()))
