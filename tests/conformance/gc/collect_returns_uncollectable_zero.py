# A list cycle and a dict cycle collected together; uncollectable stays 0 since 3.4.
import gc

stats = []
gc.callbacks.append(lambda phase, info: stats.append((phase, info["collected"], info["uncollectable"])))
gc.collect()
stats.clear()
a = []
b = []
a.append(b)
b.append(a)
c = {}
c["c"] = c
del a, b, c
print("collected:", gc.collect())
print(stats)
