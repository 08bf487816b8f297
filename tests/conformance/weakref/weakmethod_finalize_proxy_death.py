# WeakMethod liveness, finalize.atexit, proxy errors after death
import weakref, gc
class C:
    def m(self):
        return "m"
    def __del__(self):
        print("del C")
c = C()
wm = weakref.WeakMethod(c.m)
print(wm()(), wm() == c.m)
r = weakref.ref(c.m)
print(r())
p = weakref.proxy(c)
print(p.m())
f = weakref.finalize(c, print, "finalized", 1)
print(f.alive, f.atexit)
del c
print(wm(), f.alive)
try:
    p.m()
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    str(p)
except ReferenceError as e:
    print("ReferenceError:", e)
print(type(p).__name__)
try:
    p == 1
    print("eq ok")
except ReferenceError as e:
    print("eq", e)
try:
    bool(p)
except ReferenceError as e:
    print("bool", e)
try:
    hash(p)
except TypeError as e:
    print("hash", e)
class D:
    pass
d = D()
f2 = weakref.finalize(d, print, "at exit")
f3 = weakref.finalize(d, print, "not at exit")
f3.atexit = False
print(f2.peek()[1:], f3.detach() is not None, f3.alive)
print("end")
