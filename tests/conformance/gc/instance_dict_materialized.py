# Asking for an instance's __dict__ makes it a real dict, once: writes through it are attributes, and it
# is one more object for the collector.
import gc, sys

class A:
    pass

a = A()
a.x = [1]
a.y = "s"
d = a.__dict__
print(d is a.__dict__, d is vars(a), sys.getrefcount(d), gc.is_tracked(d), sorted(d))
d["z"] = 3
a.w = 4
print(a.z, sorted(d))
del a.x
print(sorted(d), hasattr(a, "x"))
del d
print(sys.getrefcount(a.__dict__))
plain = A()
plain.n = 1
print(gc.is_tracked(plain.__dict__))
gc.collect()
p, q = A(), A()
p.other, q.other = q, p
vars(p)
del p, q
print("collected:", gc.collect())
