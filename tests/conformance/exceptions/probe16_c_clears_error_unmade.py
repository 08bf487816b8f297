# C code that matches and clears an error C code raised (PyErr_ExceptionMatches, PyErr_Clear) never makes the exception object or its args tuple
import gc
import sys

class Noisy:
    def __del__(self):
        print("  noisy dies", gc.get_count())

class Items:
    def __getitem__(self, i):
        return [Noisy()][i]

gc.collect()
print("translate", "abc".translate([]), gc.get_count())
gc.collect()
print("translate", "abc".translate({98: None}), gc.get_count())
gc.collect()
for item in Items():
    print("item", gc.get_count())
del item
print("after loop", gc.get_count())
gc.collect()
print("reversed", list(reversed(Items.__dict__.keys()))[:1], gc.get_count())
gc.collect()
print("getsizeof default", sys.getsizeof(Items, 0) > 0, gc.get_count())
gc.collect()
print("getattr default", getattr(Items(), "missing", None), gc.get_count())
print("end", gc.get_count())
