# closure capturing self; cycle; weakref breaks it
import gc, weakref, sys
gc.disable()
class Widget:
    def __init__(self, n):
        self.n = n
        self.listeners = []
    def on(self, f): self.listeners.append(f)
    def __del__(self): print("Widget freed", self.n)
w = Widget(1)
w.on(lambda: w.n)
del w
print("global lambda references w by name: freed? (name deleted)")
def make():
    w = Widget(2)
    w.on(lambda: w.n)
    return weakref.ref(w)
r = make()
print(r() is not None)
print(gc.collect())
print(r())
def make2():
    w = Widget(3)
    wr = weakref.ref(w)
    w.on(lambda: wr().n)
    return weakref.ref(w)
r2 = make2()
print(r2())
def make3():
    w = Widget(4)
    def f(): return w
    print(f.__closure__[0].cell_contents is w, sys.getrefcount(w))
    return f
f = make3()
print(f().n)
del f
print("end")
gc.enable()
