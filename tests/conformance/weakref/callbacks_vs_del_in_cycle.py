# weakref callbacks vs __del__ order in one collected cycle
import gc, weakref
gc.collect()
class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = A("a"); b = A("b"); c = A("c")
a.o = b; b.o = c; c.o = a
r1 = weakref.ref(a, lambda r: print("cb a", r() is None))
r2 = weakref.ref(b, lambda r: print("cb b"))
r3 = weakref.ref(c, lambda r: print("cb c"))
del a, b, c
print("collect", gc.collect())
print(r1(), r2(), r3())
class B:
    pass
x = B(); y = B()
x.y = y; y.x = x
w = weakref.ref(x, lambda r: print("cb x"))
w2 = weakref.ref(y, lambda r: print("cb y"))
del x, y
print("collect2", gc.collect())
