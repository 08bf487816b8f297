# Unraisable reports from a weakref callback whose repr and error's str fail, a generator's finally, a collected cycle, a class of another module and a deep recursion, and gc.get_count() while a recording sys.stderr takes them.
import gc, sys, weakref
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")
class BadRepr:
    def __repr__(self):
        raise RuntimeError("no repr")
    def __call__(self, ref):
        raise BadStr("x")
class Boom:
    pass
b = Boom()
r = weakref.ref(b, BadRepr())
del b
print("after callback")
def g():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
it = g(); next(it)
del it
print("after gen")
class Cyc:
    def __del__(self):
        raise KeyError("cyc")
c = Cyc(); c.self = c
del c
gc.collect()
print(gc.get_count())
class Err(Exception): pass
Err.__module__ = "mod"
class J:
    def __del__(self):
        raise Err("from a module")
J()
class Rec:
    def __init__(self): self.n = 0
    def write(self, s): self.n += 1
    def flush(self): pass
rec = Rec()
sys.stderr = rec
gc.collect()
for i in range(3):
    c0 = gc.get_count()[0]
    Cyc()
    print(gc.get_count()[0] - c0, rec.n)
sys.stderr = sys.__stderr__
def deep(n):
    if n: return deep(n - 1)
    raise IndexError
class D:
    def __del__(self): deep(5)
gc.collect()
c0 = gc.get_count()[0]
D()
print(gc.get_count()[0] - c0)
