# A cycle through a list and a dict, plus an attached tuple.
import gc

gc.collect()
a = []
b = {"a": a}
a.append(b)
a.append((1, a))
del a, b
print("collected:", gc.collect())
