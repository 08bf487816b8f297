# Appending over-allocates: the size jumps at each capacity step.
import sys

items = []
last = sys.getsizeof(items)
print(0, last)
for i in range(70):
    items.append(i)
    size = sys.getsizeof(items)
    if size != last:
        print(len(items), size)
        last = size
