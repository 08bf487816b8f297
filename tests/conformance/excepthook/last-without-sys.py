# without importing sys, the uncaught exception is still kept (as sys.last_value) until shutdown, after atexit (weakref.finalize)
import weakref
class Anchor:
    pass
anchor = Anchor()
class Noisy:
    def __del__(self):
        print("freed Noisy")
weakref.finalize(anchor, print, "atexit ran")
def f():
    n = Noisy()
    raise KeyError("k")
f()
