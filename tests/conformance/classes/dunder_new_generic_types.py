# X.__new__ of property, staticmethod, classmethod and super makes an empty object (PyType_GenericNew); the singletons return themselves; types without one refuse
import sys, gc
p = property.__new__(property)
print(p.fget, p.fset, p.fdel, type(p).__name__)
p2 = property.__new__(property, len, 1, 2)
print(p2.fget)
class A:
    x = p
try:
    A().x
except AttributeError as e:
    print("AttributeError", e)
try:
    A().x = 1
except AttributeError as e:
    print("AttributeError", e)
sm = staticmethod.__new__(staticmethod)
print(sm.__func__, type(sm).__name__)
class B:
    s = sm
    c = classmethod.__new__(classmethod)
for attr in ("s", "c"):
    try:
        getattr(B, attr)
    except RuntimeError as e:
        print("RuntimeError", e)
s = super.__new__(super)
print(s.__thisclass__, s.__self__, s.__self_class__, repr(s))
print(type(None).__new__(type(None)), type(NotImplemented).__new__(type(NotImplemented)), type(...).__new__(type(...)))
for t in (type(None), type(NotImplemented), type(...)):
    try:
        t.__new__(t, 1)
    except TypeError as e:
        print(e)
try:
    property.__new__(int)
except TypeError as e:
    print(e)
try:
    property.__new__()
except TypeError as e:
    print(e)
gc.collect()
b = gc.get_count()[0]
x = property.__new__(property)
y = staticmethod.__new__(staticmethod)
z = super.__new__(super)
print(gc.get_count()[0] - b, gc.is_tracked(x), gc.is_tracked(y), gc.is_tracked(z))
print(sys.getsizeof(x), sys.getsizeof(y), sys.getsizeof(z))
def f(): pass
def gen(): yield 1
for t in (type(len), type(gen())):
    try:
        t.__new__(t)
    except TypeError as e:
        print(t.__name__, e)
try:
    property.__new__(staticmethod)
except TypeError as e:
    print(e)
# super's own attributes and repr
class K: pass
k = K()
s = super(K, k)
print(repr(s), s.__thisclass__ is K, s.__self__ is k, s.__self_class__ is K)
s = super(K, K)
print(repr(s), s.__self__ is K, s.__self_class__ is K)
