# With the collector disabled, Py_FinalizeEx's first collection does not run and its callbacks are not
# called. The final collection calls none either, but gc.callbacks still holds `watch`, whose globals hold
# everything: nothing is finalized at exit.
import gc

def watch(phase, info):
    print("gc", phase, info["generation"])

class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

pair = [R("a"), R("b")]
x = R("x")
gc.callbacks.append(watch)
gc.disable()
print("end")
