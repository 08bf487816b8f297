# a sys.excepthook that raises: "Error in sys.excepthook:", its error, then the original exception
import sys
def hook(t, v, tb):
    print("hook called with", t.__name__)
    raise RuntimeError("hook failed")
sys.excepthook = hook
raise KeyError("k")
