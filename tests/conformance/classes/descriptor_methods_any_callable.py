# A descriptor's __get__, __set__ and __delete__ may be any callable: slot_tp_descr_get calls a __get__ with three arguments whatever it is, slot_tp_descr_set calls a function with the descriptor and binds anything else (a staticmethod, a callable instance) first; __get__ = None is not callable.
import sys
class F:
    __get__ = staticmethod(lambda *a: "got %d" % len(a))
class G:
    f = F()
print(G().f, G.f)
class Call:
    def __call__(self, *a): return "called %d" % len(a)
class F2:
    __get__ = Call()
class G2:
    f = F2()
print(G2().f)
class F3:
    __set__ = staticmethod(lambda *a: print("set", len(a)))
    __delete__ = Call()
class G3:
    f = F3()
g = G3()
g.f = 1
del g.f
class F4:
    def __get__(self, obj, t): return ("plain", obj is None, t.__name__)
    def __set__(self, obj, v): print("plain set", v, sys.getrefcount(self))
class G4:
    f = F4()
print(G4().f, G4.f)
G4().f = 2
class F5:
    __get__ = None
class G5:
    f = F5()
try: print(G5().f)
except TypeError as e: print(e)
