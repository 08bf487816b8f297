# A tuple's size is 40 bytes plus 8 per item.
import sys

for t in [(), (1,), (1, 2), tuple(range(10)), tuple("abcdef")]:
    print(len(t), sys.getsizeof(t))
