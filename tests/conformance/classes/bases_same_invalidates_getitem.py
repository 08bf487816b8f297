# C.__bases__ = C.__bases__ between warm subscripts: CPython invalidates C's version tag (GETITEM misses)
import sys
class C:
    def __getitem__(self, k): return sys.getrefcount(self)
c = C()
def f(): return c[0]
print([f() for i in range(10)])
C.__bases__ = C.__bases__
print([f() for i in range(3)])
