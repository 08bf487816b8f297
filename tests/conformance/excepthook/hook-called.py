# sys.excepthook replaced: it is called with the uncaught exception; sys.last_* are set before it runs
import sys
class Noisy:
    def __del__(self):
        print("Noisy freed")
def hook(t, v, tb):
    print("hook:", t.__name__, v, type(tb).__name__)
    print("last set:", sys.last_type is t, sys.last_value is v, sys.last_traceback is tb)
    print("refcount of value:", sys.getrefcount(v))
print(sys.excepthook is sys.__excepthook__, sys.excepthook)
sys.excepthook = hook
def f():
    n = Noisy()
    raise ValueError("boom")
f()
