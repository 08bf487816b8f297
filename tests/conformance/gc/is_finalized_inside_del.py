# gc.is_finalized inside __del__: False when a refcount of zero runs it (PyObject_CallFinalizer marks the object only once tp_finalize returns), True when a collection does (finalize_garbage marks it first); a resurrected object is not finalized again.
import gc
class A:
    def __del__(self):
        print("in __del__:", gc.is_finalized(self))
        global keep
        keep = self
a = A()
print(gc.is_finalized(a))
del a
print("resurrected:", gc.is_finalized(keep))
del keep
print("second death runs no __del__")
class B:
    def __del__(self):
        print("B in collection:", gc.is_finalized(self))
b = B()
b.me = b
del b
gc.collect()
def gen():
    try:
        yield 1
    finally:
        print("gen finally")
g = gen()
next(g)
del g
print("end")
