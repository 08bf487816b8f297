# errors from a gc callback and from a weakref callback during a collection reach the program's hook with the callback as object, in order
import sys, gc, weakref
seen = []
sys.unraisablehook = lambda args: seen.append((type(args.exc_value).__name__, getattr(args.object, "__name__", type(args.object).__name__)))
def noisy_callback(phase, info):
    if phase == "stop":
        raise LookupError(phase)
gc.callbacks.append(noisy_callback)
class Node:
    pass
a = Node()
a.self = a
def on_death(ref):
    raise ArithmeticError("callback")
w = weakref.ref(a, on_death)
del a
gc.collect()
gc.callbacks.clear()
print(seen)
