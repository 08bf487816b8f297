# refcounts of attribute values shared between instances, through __dict__ and slots
import sys
shared = [0]
class P:
    def __init__(self, v): self.v = v
class S:
    __slots__ = ("v",)
    def __init__(self, v): self.v = v
base = sys.getrefcount(shared)
ps = [P(shared) for _ in range(3)]
ss = [S(shared) for _ in range(2)]
print(sys.getrefcount(shared) - base)
d = ps[0].__dict__
print(sys.getrefcount(shared) - base, sys.getrefcount(d))
del ps[0].v
print(sys.getrefcount(shared) - base, d)
ss[0].v = None
print(sys.getrefcount(shared) - base)
del ps, ss
print(sys.getrefcount(shared) - base, d)
del d
print(sys.getrefcount(shared) - base)
