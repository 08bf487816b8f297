# copy.copy and copy.deepcopy of set subclass instances carry their __dict__ and slots as set.__reduce__'s state; refcounts of the class and shared state
import copy, sys
class St(set): pass
s = St([1, 2]); s.tag = [1]
c = copy.copy(s); d = copy.deepcopy(s)
print(type(c).__name__, sorted(c), c.tag, c.tag is s.tag, d.tag, d.tag is s.tag, sys.getrefcount(s.tag))
print(sys.getrefcount(St))
e = copy.copy(St())
print(sys.getrefcount(St), e, copy.deepcopy(St([3])))
class Sl(set):
    __slots__ = ("a",)
x = Sl([1]); x.a = 5
print(copy.copy(x).a, copy.deepcopy(x).a, sys.getrefcount(Sl))
del c, d, e
print(sys.getrefcount(St), sys.getrefcount(s.tag))
