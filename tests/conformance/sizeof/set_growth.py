# A set's size jumps as elements are added.
import sys

s = set()
last = sys.getsizeof(s)
print(0, last)
for i in range(100):
    s.add(i)
    size = sys.getsizeof(s)
    if size != last:
        print(len(s), size)
        last = size
print("frozenset of 3", sys.getsizeof(frozenset([1, 2, 3])))
print("set literal of 5", sys.getsizeof({1, 2, 3, 4, 5}))
