# The attribute machinery holds a property while its getter, setter or deleter runs (sys.getrefcount sees one more)
import sys
class P:
    @property
    def p(self):
        return sys.getrefcount(P.__dict__['p'])
    @p.setter
    def p(self, v):
        print("set", sys.getrefcount(P.__dict__['p']))
    @p.deleter
    def p(self):
        print("del", sys.getrefcount(P.__dict__['p']))
o = P()
print(o.p); o.p = 1; del o.p
print(getattr(o, 'p')); setattr(o, 'p', 2); delattr(o, 'p')
print(P.p.__get__(o)); P.p.__set__(o, 3); P.p.__delete__(o)
class Meta(type):
    @property
    def mp(cls):
        return sys.getrefcount(Meta.__dict__['mp'])
    @mp.setter
    def mp(cls, v):
        print("mset", sys.getrefcount(Meta.__dict__['mp']))
class X(metaclass=Meta): pass
print(X.mp); X.mp = 5
class Q(P):
    def f(self): return super().p
print(Q().f())
class R:
    pass
R.x = property(lambda self: 1)
try:
    R().x = 3
except AttributeError as e: print(e)
class M2(type): pass
M2.y = property(lambda c: 1)
class Y(metaclass=M2): pass
try: Y.y = 2
except AttributeError as e: print(e)
