# A tuple of untracked items is untracked by the next collection; one holding a list stays tracked.
import gc

a = 10
b = "text"
plain = (a, b)
mixed = (a, [])
print("before collect:", gc.is_tracked(plain), gc.is_tracked(mixed))
gc.collect()
print("after collect:", gc.is_tracked(plain), gc.is_tracked(mixed))
