# weakref.WeakMethod: weak refs to a bound method's instance and function; calling gives a new bound method or None
import gc
import sys
import weakref


class Button:
    def __init__(self, name):
        self.name = name

    def click(self):
        return "clicked " + self.name

    def __del__(self):
        print("  __del__", self.name)


def on_dead(wm):
    print("  callback:", type(wm).__name__, wm(), sys.getrefcount(wm))


b = Button("ok")
print("before:", sys.getrefcount(b), weakref.getweakrefcount(b), weakref.getweakrefcount(Button.click))
wm = weakref.WeakMethod(b.click, on_dead)
print("after:", sys.getrefcount(b), weakref.getweakrefcount(b), weakref.getweakrefcount(Button.click), weakref.getweakrefcount(wm))
print("type:", type(wm), isinstance(wm, weakref.ref), isinstance(wm, weakref.WeakMethod), sys.getsizeof(wm))
m = wm()
print("call:", type(m).__name__, m(), m == b.click, m is wm(), m.__self__ is b, sys.getrefcount(b))
del m
print("callback is _cb:", wm.__callback__.__qualname__, wm._alive, wm._meth_type, type(wm._func_ref).__name__)
print("_func_ref:", wm._func_ref() is Button.click)
print("refcount of on_dead:", sys.getrefcount(on_dead))
wm2 = weakref.WeakMethod(b.click)
other = Button("other")
wm3 = weakref.WeakMethod(other.click)
print("eq:", wm == wm2, wm != wm2, wm == wm3, hash(wm) == hash(wm2), wm == weakref.ref(b), weakref.ref(b) == wm)
print("dict key:", {wm: 1}[wm2])
print("list order:", [type(r).__name__ for r in weakref.getweakrefs(b)])
del b
print("after death:", wm(), wm2(), wm._alive, wm2._alive, wm == wm2, wm == wm, wm3 == wm3)
print("refcount of on_dead:", sys.getrefcount(on_dead))
del wm
print("refcount of on_dead after del:", sys.getrefcount(on_dead))

# The instance in a cycle: the callback runs during the collection.
c = Button("cyc")
c.me = c
wc = weakref.WeakMethod(c.click, lambda w: print("  cycle callback", w._alive))
del c
print("collected:", gc.collect())
print("wc:", wc(), wc._alive)

try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.WeakMethod(on_dead)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.WeakMethod()
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(weakref.ref(other))
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(weakref.proxy(other))
except TypeError as e:
    print("TypeError:", e)
print("weakrefs of other:", weakref.getweakrefcount(other), sys.getrefcount(other))
del wm3, other
print("done")
