# PyObject_Format binds the builtin __format__ to the object (a builtin method holding it) unless it is an exact str or int with an empty spec
import sys, gc
class T:
    def __repr__(self):
        return f"T({sys.getrefcount(self)})"
class U:
    def __format__(self, spec):
        return f"U({sys.getrefcount(self)},{spec!r})"
    def __str__(self):
        return f"S({sys.getrefcount(self)})"
t = T(); u = U()
print(f"{t}", format(t), "{}".format(t), "%s" % t, f"{t!r}", f"{t!s}", str(t), repr(t), "%r" % (t,))
print(f"{u}", format(u), "{}".format(u), f"{u:x}", format(u, "y"), "{:z}".format(u), "%s" % u, f"{u!s}")
x = 1.5; l = [1]; s = "ab"; n = 7
gc.collect()
res = []
for _ in range(2):
    a = f"{x}"; res.append(gc.get_count())
    a = f"{x:.2f}"; res.append(gc.get_count())
    a = f"{s:>5}{n:3}{n}"; res.append(gc.get_count())
    a = f"{t}"; res.append(gc.get_count())
    a = "{} {:x}".format(x, n); res.append(gc.get_count())
print(res)
