# sys.last_value keeps the uncaught exception and its frames' locals until shutdown clears sys, after weakref.finalize callbacks and the exit collection
import sys, gc, weakref
class Noisy:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name, file=sys.stderr)
class Marker: pass
m = Marker()
weakref.finalize(m, lambda: print("finalize: last_value", repr(sys.last_value), sys.getrefcount(sys.last_value), file=sys.stderr))
gc.callbacks.append(lambda phase, info: print("gc", phase, info["generation"], file=sys.stderr) if phase == "start" else None)
def work():
    local = Noisy("local in work")
    cycle = Noisy("cycle")
    cycle.me = cycle
    raise KeyError("k")
keep = Noisy("global")
work()
