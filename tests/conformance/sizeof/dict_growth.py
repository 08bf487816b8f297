# A dict's size jumps in steps as keys are added one by one.
import sys

d = {}
last = sys.getsizeof(d)
print(0, last)
for i in range(100):
    d[i] = i
    size = sys.getsizeof(d)
    if size != last:
        print(len(d), size)
        last = size
