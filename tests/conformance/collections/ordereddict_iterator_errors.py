# An OrderedDict iterator after a mutation, a key whose hash fails and a key whose hash changed
from collections import OrderedDict
od = OrderedDict(a=1, b=2)
it = iter(od)
next(it)
od["c"] = 3
for i in range(2):
    try:
        print(next(it))
    except Exception as e:
        print(type(e).__name__, e)
del od["c"]
try:
    print(next(it))
except Exception as e:
    print(type(e).__name__, e)
od = OrderedDict(a=1, b=2)
it = iter(od)
next(it)
od.move_to_end("a")
for i in range(2):
    try:
        print(next(it))
    except Exception as e:
        print(type(e).__name__, e)
class K:
    def __init__(self, n): self.n = n; self.bad = False
    def __hash__(self):
        if self.bad: raise ValueError("no hash")
        return hash(self.n)
    def __eq__(self, o): return self is o
    def __repr__(self): return f"K({self.n})"
od = OrderedDict()
k1, k2 = K(1), K(2)
od[k1] = 1; od[k2] = 2
it = iter(od.items())
print(next(it)[1])
k2.bad = True
for i in range(2):
    try:
        print(next(it))
    except Exception as e:
        print(type(e).__name__, e)
k2.bad = False
it = iter(od.values())
print(next(it))
k2.n = 99
for i in range(2):
    try:
        print(next(it))
    except Exception as e:
        print(type(e).__name__, repr(e))
