# gc.freeze and get_freeze_count, is_finalized, get_referrers
import gc
gc.collect()
class A:
    def __del__(self): pass
a = [A() for _ in range(3)]
print(gc.get_freeze_count())
gc.freeze()
n = gc.get_freeze_count()
print(n > 0, gc.get_count())
b = [A() for _ in range(3)]
print(gc.collect(), gc.get_freeze_count() == n)
x = A(); y = A(); x.o = y; y.o = x
del x, y
print(gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
c = A()
d = A(); d.self = d
print(gc.is_finalized(d))
del d
gc.collect()
lst = [c]
dct = {"k": c}
refs = gc.get_referrers(c)
print(sum(1 for r in refs if r is lst), sum(1 for r in refs if r is dct))
print(len(gc.get_referents([1, "a", c])), gc.get_referents(1))
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
