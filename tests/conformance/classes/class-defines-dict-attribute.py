# A class that defines __dict__ (a property, a value) or __weakref__ itself keeps it: type() adds its descriptor with setdefault
import gc, sys, weakref
gc.collect()
class D:
    @property
    def __dict__(self):
        print("property read")
        return {'fake': 1}
print(gc.get_count())
d = D()
d.x = 1
print(vars(d), d.x, sys.getsizeof(d), D.__dict__['__dict__'].__class__.__name__)
try:
    d.__dict__ = {}
except AttributeError as e:
    print(e)
try:
    del d.__dict__
except AttributeError as e:
    print(e)
print(gc.get_referents(d) == [], len(gc.get_referents(d)))
class W:
    __weakref__ = 7
w = W()
print(W.__weakref__, w.__weakref__)
r = weakref.ref(w)
print(r() is w)
class S(D):
    pass
s = S()
s.y = 2
print(vars(s), s.y)
class E:
    __dict__ = None
e = E()
try:
    print(vars(e))
except TypeError as ex:
    print(ex)
e.z = 3
print(e.z, e.__dict__)
print(gc.get_count())
