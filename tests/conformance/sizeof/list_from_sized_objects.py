# list(obj) asks a class's __len__ once, after __iter__, and sizes the list by what it says, even when it lies.
import sys
class Liar:
    def __init__(self, n, claim): self.n, self.claim = n, claim
    def __len__(self):
        print("len asked")
        return self.claim
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i
class Honest(Liar):
    def __iter__(self):
        print("iter")
        return iter(range(self.n))
for obj in (Liar(3, 3), Liar(3, 10), Liar(10, 2), Honest(5, 5), Liar(0, 0)):
    l = list(obj)
    print(l, sys.getsizeof(l))
base = [1, 2]
base.extend(Liar(4, 4))
print(base, sys.getsizeof(base))
class Bad:
    def __len__(self): return -1
    def __iter__(self): return iter([])
try:
    list(Bad())
except ValueError as e:
    print(e)
