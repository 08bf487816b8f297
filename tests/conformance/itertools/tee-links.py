# tee past one link of 57 items: the slow iterator keeps every item alive; links are freed as both move on
import sys, gc
from itertools import tee
class Item:
    def __init__(self, n): self.n = n
    def __del__(self):
        if self.n % 20 == 0 or self.n > 115: print("del", self.n)
fast, slow = tee(Item(i) for i in range(120))
for _ in range(60):
    next(fast)
print("fast at 60")
for _ in range(60):
    next(slow)
print("slow at 60")
for _ in range(57):
    next(fast); next(slow)
print("both at 117")
print(next(fast).n, next(slow).n)
del fast
print("fast gone")
print(sum(1 for _ in slow))
print("slow exhausted")
del slow
print("end")
gc.collect()
a, b = tee(range(200))
print(gc.get_referents(a)[0] is gc.get_referents(b)[0], type(gc.get_referents(a)[0]).__name__)
for _ in range(58):
    next(a)
print(gc.get_referents(a)[0] is gc.get_referents(b)[0], len(gc.get_referents(gc.get_referents(b)[0])))
t = tee([[1]])[0]
print(gc.is_tracked(t), gc.is_tracked(gc.get_referents(t)[0]))
