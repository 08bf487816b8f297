# gc.is_finalized reports whether __del__ already ran on an object.
import gc

keep = []

class Phoenix:
    def __del__(self):
        keep.append(self)

class Plain:
    pass

p = Phoenix()
print("before:", gc.is_finalized(p))
del p
print("resurrected:", gc.is_finalized(keep[0]))
print("plain:", gc.is_finalized(Plain()))
