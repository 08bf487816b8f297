# With the collector disabled and no gc.callbacks, only the final collection runs at exit: it finalizes
# what __main__'s globals held, in allocation order (no earlier collection reordered them).
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
gc.disable()
print("end")
