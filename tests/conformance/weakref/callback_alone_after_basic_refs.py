# PyObject_ClearWeakRefs clears the basic ref and proxy first: one remaining callback runs alone (no tuple holds its ref)
import sys
import weakref


class C:
    pass


def cb(w):
    print("callback sees", sys.getrefcount(w))


c = C(); r1 = weakref.ref(c, cb); del c
c = C(); r0 = weakref.ref(c); r1 = weakref.ref(c, cb); del c
c = C(); r0 = weakref.ref(c); p = weakref.proxy(c); r1 = weakref.ref(c, cb); del c
c = C(); p = weakref.proxy(c); r1 = weakref.ref(c, cb); del c
c = C(); r1 = weakref.ref(c, cb); r2 = weakref.ref(c, cb); del c
c = C(); r0 = weakref.ref(c); r1 = weakref.ref(c, cb); r2 = weakref.ref(c, cb); del c
