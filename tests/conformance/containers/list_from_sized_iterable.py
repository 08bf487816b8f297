# list(x), list.extend(x), tuple(x) and sorted(x) of an instance with __len__ and __iter__: which is called, in which order, and the results' sizes
import sys
class Bag:
    def __init__(self, n): self.items = list(range(n))
    def __len__(self):
        print("len called")
        return len(self.items)
    def __iter__(self):
        print("iter called")
        return iter(self.items)
b = Bag(5)
x = list(b)
print(x, sys.getsizeof(x))
y = [0]
y.extend(b)
print(y, sys.getsizeof(y))
t = tuple(b)
print(t, sys.getsizeof(t))
print(sorted(b))
