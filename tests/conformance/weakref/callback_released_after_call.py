# When an object dies by reference counting each weakref gives up its callback before it is called (__callback__ is None inside), a lone callback is freed right after its call, several are kept in a tuple until the last has run; a collection's callbacks keep theirs
import gc, weakref
class A:
    pass
class CB:
    def __init__(self, n): self.n = n
    def __call__(self, r): print("call", self.n, r.__callback__ is self)
    def __del__(self): print("del cb", self.n)
a = A()
r = weakref.ref(a, CB(1))
del a
print("after death", r.__callback__)
b = A()
r1 = weakref.ref(b, CB('x'))
r2 = weakref.ref(b, CB('y'))
del b
print("after death 2")
c = A()
rc = weakref.ref(c, CB('z'))
print(rc.__callback__.n)
del rc
print("weakref dropped")
del c
d = A(); d.me = d
rd = weakref.ref(d, CB('cycle'))
del d
print(gc.collect())
print("kept", rd.__callback__.n)
e = A()
refs = [weakref.ref(e, lambda r: None) for _ in range(3)]
gc.collect()
before = gc.get_count()
del e
after = gc.get_count()
print(before, after)
print("end")
