# Building a set from another set (set(), |, |=, update, union) sizes the table for both at once
# (set_merge); adding one by one resizes on the way.
import sys

small = {1, 2, 3}
five = set(range(5))
print(sys.getsizeof(small | five), sys.getsizeof(small.union(five)), sys.getsizeof(set(five)))
grown = set()
for i in range(5):
    grown.add(i)
print(sys.getsizeof(grown))
merged = set()
merged |= five
print(sys.getsizeof(merged))
merged.update(range(5, 40))
print(sys.getsizeof(merged))
print(sys.getsizeof(frozenset(five)), sys.getsizeof(five & small), sys.getsizeof(five - small))
print(sys.getsizeof(set([1, 2, 3, 4, 5])), sys.getsizeof(set((1, 2, 3, 4, 5))))
print(sys.getsizeof(five.copy()), sys.getsizeof(set(range(40)).copy()), sys.getsizeof(five.intersection()), sys.getsizeof({*five}))
f = frozenset({1, 2})
print(f.copy() is f, f | f is f, f.union() is f)
