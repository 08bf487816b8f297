# A class's __getattr__ is called bound (slot_tp_getattr_hook's call_attribute makes a method holding the object once more), after the generic lookup raised and cleared its AttributeError (its args tuple counts in gc.get_count); without __getattr__, a class's own __getattribute__ is called unbound.
import gc, sys
class G:
    def __getattr__(self, name):
        return 1
g = G()
g.zz
gc.collect(); g.zz; print(gc.get_count())
gc.collect(); g.zz; g.zz; print(gc.get_count())
def f(self, name): return 1
gc.collect(); f(g, "zz"); print(gc.get_count())
m = g.__getattr__
gc.collect(); m("zz"); print(gc.get_count())
class Loud:
    def __getattr__(self, name):
        print("getattr refs", sys.getrefcount(self)); return 1
loud = Loud(); gc.collect(); loud.zz; print(gc.get_count())
print(getattr(loud, "a"), hasattr(loud, "b"))
class A:
    def __getattribute__(self, name):
        print("only getattribute refs", sys.getrefcount(self)); return 3
a = A(); gc.collect(); print(a.x, gc.get_count())
class Meta(type):
    def __getattr__(cls, name):
        print("meta", sys.getrefcount(cls)); return 4
class C(metaclass=Meta): pass
gc.collect(); print(C.nope, gc.get_count())
class P:
    @property
    def p(self): raise AttributeError("inner")
    def __getattr__(self, name):
        print("fallback", name, sys.getrefcount(self)); return 5
print(P().p)
