# format() and f-strings hand __format__ their own spec object (held by the caller or the value stack), not a copy.
import sys
class F:
    def __format__(self, spec):
        print(repr(spec), sys.getrefcount(spec), sys.getrefcount(self))
        return "F"
f = F()
spec = " x".join(["a", "b"])
print(format(f, spec))
print(f"{f:x y}", f"{f:{spec}}")
print("{:q q}".format(f))
class S(str): pass
print(format(f, S("s s")))
held = [spec]
print(format(f, held[0]), sys.getrefcount(spec))
