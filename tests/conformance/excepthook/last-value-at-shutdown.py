# sys.last_value keeps the uncaught exception, its traceback's frames and their locals alive past the atexit functions (a weakref.finalize runs as one)
import weakref
class Anchor:
    pass
anchor = Anchor()
import sys
import gc
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name, file=sys.stderr)
def at_exit():
    print("atexit: last_value", repr(sys.last_value), file=sys.stderr)
    print("atexit: refcount", sys.getrefcount(sys.last_value), file=sys.stderr)
weakref.finalize(anchor, at_exit)
def hook(t, v, tb):
    gc.collect()
    print("hook: count", gc.get_count(), file=sys.stderr)
    print("hook: frame local", tb.tb_next.tb_frame.f_locals["n"].name, file=sys.stderr)
    print("hook: refcount", sys.getrefcount(v), file=sys.stderr)
sys.excepthook = hook
def f():
    n = Noisy("local of f")
    raise ValueError("boom")
keep = Noisy("global")
f()
