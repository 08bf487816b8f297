# A property's __doc__: given, else its getter's docstring, carried or looked up again by getter/setter/deleter
import gc, sys
def f(self):
    "doc of f"
    return 1
def g(self):
    return 2
p = property(f)
print(p.__doc__, property(g).__doc__, property(f, doc="given").__doc__, property().__doc__)
print([type(r).__name__ for r in gc.get_referents(p)], gc.get_referents(property()), [type(r).__name__ for r in gc.get_referents(property(g))])
print(p.setter(g).__doc__, property(g, doc="mine").getter(f).__doc__)
p3 = property(f)
p3.__doc__ = "changed"
print(p3.__doc__, p3.getter(g).__doc__, p3.setter(g).__doc__)
del p3.__doc__
print(p3.__doc__)
class C:
    @property
    def x(self):
        "the x value"
        return 10
    @x.setter
    def x(self, v):
        print("set x", v)
    @x.deleter
    def x(self):
        print("del x")
    y = property(g)
print(C.x.__doc__, C.y.__doc__, C().x)
print([r if isinstance(r, str) else type(r).__name__ for r in gc.get_referents(C.x)])
print(C.x.fget.__name__, C.x.fset.__name__, C.x.fdel.__name__)
c = C()
c.x = 5
del c.x
text = "a documentation string, not interned"
before = sys.getrefcount(text)
held = property(None, None, None, text)
print(sys.getrefcount(text) - before, held.__doc__)
print(property(None, g).setter(None).fset is g, property(f).getter(None).fget is f)
class D:
    z = property(doc="only a doc")
try:
    D().z
except AttributeError as e:
    print("AttributeError:", e)
try:
    D().z = 1
except AttributeError as e:
    print("AttributeError:", e)
