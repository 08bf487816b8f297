# WeakMethod: its callback runs once, when the instance or the function dies first; a dropped WeakMethod unlinks both refs
import sys
import weakref


class K:
    def m(self):
        return 1

    def n(self):
        return 2


def report(wm):
    print("  callback", wm._alive, wm(), weakref.getweakrefcount(wm))


k = K()
w_func = weakref.WeakMethod(k.n, report)
print("function refs:", weakref.getweakrefcount(K.n), weakref.getweakrefcount(k))
del K.n
print("after del K.n:", w_func(), w_func._alive, weakref.getweakrefcount(k))
del k
print("instance gone too:", w_func(), w_func._alive)

k = K()
w = weakref.WeakMethod(k.m, report)
cb = w.__callback__
print("_cb holders:", sys.getrefcount(cb), [type(c.cell_contents).__name__ for c in cb.__closure__])
print("counts:", weakref.getweakrefcount(k), weakref.getweakrefcount(K.m), sys.getrefcount(report))
del w
print("after del w:", weakref.getweakrefcount(k), weakref.getweakrefcount(K.m), sys.getrefcount(cb), sys.getrefcount(report))
print([type(c.cell_contents).__name__ for c in cb.__closure__], cb.__closure__[1].cell_contents())
del cb
print("report:", sys.getrefcount(report))
del k
print("done")
