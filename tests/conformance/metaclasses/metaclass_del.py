# A metaclass __del__ runs when the collector frees one of its classes (in cycles through __mro__ and their dict): order with instances' and attributes' finalizers and weakref callbacks, resurrection, an exception ignored, and gc.collect()'s counts
import gc, sys, weakref

class Meta(type):
    def __del__(cls):
        print("Meta.__del__", cls.__name__, len(cls.__mro__))

class Obj:
    def __del__(self):
        print("Obj.__del__", self.name)

class A(metaclass=Meta):
    pass

class B(A):
    pass

o = Obj()
o.name = "attribute"
A.o = o
i = B()
i.name = "instance"
i.__class__.__del__ = lambda self: print("B instance __del__")
del o
r = weakref.ref(A, lambda ref: print("callback"))
print(sys.getrefcount(Meta))
del A
n = gc.collect()
print("collected", n)
del i
n = gc.collect()
print("collected", n)
del B
n = gc.collect()
print("collected", n, sys.getrefcount(Meta))

saved = []

class Res(type):
    def __del__(cls):
        print("resurrect", cls.__name__)
        saved.append(cls)

class C(metaclass=Res):
    x = [1]

del C
n = gc.collect()
print("collected", n, saved[0].__name__, saved[0].x)
saved.clear()
n = gc.collect()
print("collected", n)

class Err(type):
    def __del__(cls):
        raise ValueError("boom")

class D(metaclass=Err):
    pass

del D
n = gc.collect()
print("collected", n)
