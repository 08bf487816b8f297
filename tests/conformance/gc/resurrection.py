# A finalizer that resurrects its object: nothing is collected, and __del__ never runs again.
import gc

saved = []

class Phoenix:
    def __del__(self):
        print("__del__ runs")
        saved.append(self)

gc.collect()
p = Phoenix()
p.me = p
del p
print("first collect:", gc.collect())
print("saved:", len(saved))
saved.clear()
print("second collect:", gc.collect())
print("saved again by a second __del__:", len(saved))
