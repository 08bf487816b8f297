# Inside a collection, the callbacks of the weakrefs to each garbage object run newest first, as they do
# when reference counting frees it; a plain weakref between them changes nothing.
import gc, weakref
gc.disable()

class N:
    pass

x = N()
x.self = x
r1 = weakref.ref(x, lambda r: print("r1"))
r2 = weakref.ref(x, lambda r: print("r2"))
plain = weakref.ref(x)
r3 = weakref.ref(x, lambda r: print("r3"))
y = N()
y.self = y
s1 = weakref.ref(y, lambda r: print("s1"))
del x, y
print(gc.collect())
a = N()
q1 = weakref.ref(a, lambda r: print("q1"))
q2 = weakref.ref(a, lambda r: print("q2"))
del a
