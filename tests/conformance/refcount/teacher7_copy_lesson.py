# teacher's copy lesson: shallow vs deep with refcounts of shared inner lists
import copy, sys
inner = [1, 2, 3]
outer = [inner, [4, 5]]
print(sys.getrefcount(inner))
shallow = copy.copy(outer)
print(sys.getrefcount(inner), shallow[0] is inner, shallow is outer)
deep = copy.deepcopy(outer)
print(sys.getrefcount(inner), deep[0] is inner, deep[0] == inner)
sliced = outer[:]
listed = list(outer)
print(sys.getrefcount(inner))
del shallow, sliced, listed
print(sys.getrefcount(inner))
d = {"a": inner, "b": (inner, 1)}
d2 = copy.deepcopy(d)
print(d2["b"][0] is d2["a"], sys.getrefcount(d2["a"]))
class P:
    def __init__(self):
        self.items = [inner]
        self.f = len
        self.g = lambda: 1
p = P()
q = copy.deepcopy(p)
print(q.items[0] is inner, q.f is len, q.g is p.g, type(q).__name__)
r = copy.copy(p)
print(r.items is p.items, r.__dict__ is p.__dict__, sys.getrefcount(p.items))
class M:
    def meth(self):
        return self
m = M()
bm = copy.deepcopy(m.meth)
print(bm.__self__ is m, type(bm).__name__)
bm2 = copy.copy(m.meth)
print(bm2.__self__ is m, bm2 is m.meth)
print(copy.deepcopy([m, m.meth])[1].__self__ is not m)
