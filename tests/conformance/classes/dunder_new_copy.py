# copy.copy and copy.deepcopy call a class's own __new__ (copyreg.__newobj__ reaches the staticmethod's function), never __init__
import copy, sys, gc

seen = []
counts = []
class P:
    def __new__(cls, *args):
        seen.append((args, sys.getrefcount(cls) - base))
        counts.append(gc.get_count())
        return super().__new__(cls)
    def __init__(self, x):
        seen.append(("init", x))
        self.x = x

base = sys.getrefcount(P)
p = P([1])
counts.clear()
gc.collect()
c = copy.copy(p)
after_copy = gc.get_count()
gc.collect()
d = copy.deepcopy(p)
after_deepcopy = gc.get_count()
for s in seen:
    print(s)
print(counts, after_copy, after_deepcopy)
print(c.x is p.x, d.x == p.x, d.x is p.x, type(d).__name__)
