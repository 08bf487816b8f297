# weakref.finalize callbacks that raise at exit go to the program's sys.excepthook (finalize._exitfunc calls it), newest first
import sys, weakref
def hook(kind, value, tb):
    print("hook:", kind.__name__, value, tb is value.__traceback__, file=sys.stderr)
sys.excepthook = hook
class Key: pass
a, b, c = Key(), Key(), Key()
weakref.finalize(a, lambda: 1 / 0)
weakref.finalize(b, lambda: [][1])
weakref.finalize(c, print, "plain finalizer runs")
print("end of program")
