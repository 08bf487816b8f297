# copy of instances with __slots__ and a __dict__ together, inherited slots, and __getstate__ defaults
import copy
class A:
    __slots__ = ("x", "__dict__")
    def __init__(self):
        self.x = [1]
        self.y = [2]
a = A()
b = copy.copy(a)
c = copy.deepcopy(a)
print(b.x is a.x, b.y is a.y, c.x is a.x, c.x, c.y)
class B(A):
    __slots__ = ("z",)
    def __init__(self):
        super().__init__()
        self.z = 3
bb = copy.deepcopy(B())
print(bb.x, bb.y, bb.z)
class C:
    __slots__ = ("p", "q")
c1 = C()
c1.p = 1
c2 = copy.copy(c1)
print(c2.p, hasattr(c2, "q"))
