# builtins that look a special method up with _PyObject_LookupSpecial call it bound: self counts the bound method's reference
import sys, math
class P:
    def __round__(self, nd=None):
        print("round", sys.getrefcount(self))
        return 1
    def __floor__(self):
        print("floor", sys.getrefcount(self))
        return 1
    def __complex__(self):
        print("complex", sys.getrefcount(self))
        return 1j
    def __dir__(self):
        print("dir", sys.getrefcount(self))
        return []
    def __bytes__(self):
        print("bytes", sys.getrefcount(self))
        return b""
p = P()
round(p); math.floor(p); complex(p); dir(p); bytes(p)
class X:
    def __length_hint__(self):
        print("length_hint", sys.getrefcount(self)); return 0
    def __iter__(self): return iter([])
list(X())
