# gc.get_count() around reports through a program-set sys.unraisablehook (its args counted, never tracked)
import gc
import sys
import weakref
class Noisy:
    def __del__(self):
        raise ValueError("del")
class Target:
    pass
def callback(ref):
    raise KeyError("weakref callback")
def gen():
    try:
        yield 1
    finally:
        raise RuntimeError("finally at close")
counts = []
def hook(args):
    counts.append((gc.get_count(), type(args.object).__name__, type(args.exc_value).__name__))
sys.unraisablehook = hook
gc.collect()
before = gc.get_count()
Noisy()
t = Target()
r = weakref.ref(t, callback)
del t
g = gen()
next(g)
del g
after = gc.get_count()
print(before, after)
for c in counts:
    print(c)
gc.collect()
print(gc.get_count())
