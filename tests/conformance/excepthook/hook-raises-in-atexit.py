# a hook that raises an error while an atexit function (weakref.finalize) sees sys.last_value of the hooked exception
import weakref
class Anchor:
    pass
anchor = Anchor()
import sys
def hook(t, v, tb):
    print("hook got", t.__name__, v.args, file=sys.stderr)
    raise TypeError("bad hook")
def show():
    print("last:", type(sys.last_value).__name__, sys.last_value.args, sys.last_type is type(sys.last_value), file=sys.stderr)
weakref.finalize(anchor, show)
sys.excepthook = hook
raise LookupError("gone", 2)
