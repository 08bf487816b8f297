# a hook that logs, then hands the args to sys.__unraisablehook__, which writes the default report; None and a deleted hook fall back to it
import sys, weakref
log = []
def hook(args):
    log.append(type(args.exc_value).__name__)
    sys.__unraisablehook__(args)
sys.unraisablehook = hook
class Thing: pass
t = Thing()
w = weakref.ref(t, lambda ref: [][0])
del t
sys.unraisablehook = None
class Dies:
    def __del__(self): raise ValueError("with None")
Dies()
del sys.unraisablehook
Dies()
print(log)
for bad in [(), (1,), (1, 2)]:
    try:
        sys.__unraisablehook__(*bad)
    except TypeError as e:
        print(e)
