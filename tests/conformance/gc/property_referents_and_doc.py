# A property holds its accessors, its doc and its name: gc.get_referents lists them, and __doc__ can be set and deleted
import gc, sys
class P:
    @property
    def x(self):
        "doc of x"
        return 1
    y = property(lambda s: 2)
    def sx(self, v): pass
    z = property(lambda s: 3, sx, None, "zdoc")
for name in ("x", "y", "z"):
    p = P.__dict__[name]
    print(name, [type(r).__name__ if not isinstance(r, str) else r for r in gc.get_referents(p)])
P.__dict__["y"].__doc__ = "new"
print(P.__dict__["y"].__doc__)
del P.__dict__["y"].__doc__
print(P.__dict__["y"].__doc__)
