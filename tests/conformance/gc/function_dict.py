# A function's attributes live in its own __dict__ (made on first use, tracked once it holds a container): vars(), del, replacing it, cycles through it
import sys, gc
class D:
    def __del__(self): print("del D")
def f(): pass
print(f.__dict__, vars(f))
f.x = 1
print(f.__dict__, f.x, 'x' in dir(f))
d = D()
f.d = d
print(sys.getrefcount(d))
print(sys.getrefcount(f.__dict__))
del f.x
try:
    del f.x
except AttributeError as e:
    print(e)
try:
    f.__dict__ = 5
except TypeError as e:
    print(e)
try:
    del f.__dict__
except TypeError as e:
    print(e)
f.__dict__ = {'y': 2}
print(f.y, gc.is_tracked(f.__dict__))
del d
print("x")
def g(): pass
print(gc.is_tracked(g.__dict__))
g.l = []
print(gc.is_tracked(g.__dict__))
g.me = g
del g
gc.collect()
def h(): pass
h.h = h
del h
print(gc.collect())
def k(): pass
k.__dict__
k.k = k
del k
print(gc.collect())
def m(): pass
print(sys.getsizeof(m))
m.a = 1
print(sys.getsizeof(m), sys.getsizeof(m.__dict__))
def n(): pass
n.me = n
n.meth = lambda: 0
print(n.meth(), n.__dict__.keys())
