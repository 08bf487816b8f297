# property setters and deleters run as frames: counts, errors, deleters, missing accessors
import sys
class D:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)
class P:
    def __init__(self):
        self._v = None
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        print("set", sys.getrefcount(self), sys.getrefcount(value) if isinstance(value, D) else "-")
        if value is None:
            raise ValueError("None refused")
        self._v = value
        return "ignored"
    @v.deleter
    def v(self):
        print("delete", sys.getrefcount(self))
        del self._v
    @property
    def ro(self):
        return 1
p = P()
p.v = D("a")
p.v = D("b")
try:
    p.v = None
except ValueError as e:
    print("ValueError", e)
del p.v
print("after delete")
try:
    p.ro = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    del p.ro
except AttributeError as e:
    print("AttributeError", e)
P().v = D("temp")
print("end")
class Q:
    def setx(self, value, extra=1):
        print("setx", value, extra)
    x = property(None, setx)
q = Q()
q.x = 5
