# a generator dropped mid-iteration runs its finally at once; one in a cycle waits for gc
import gc, sys
gc.collect()
def counter(name):
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print("finally", name)
g = counter("a")
print(next(g), next(g))
print(sys.getrefcount(g), gc.is_tracked(g))
g = None
print("after drop")
class Holder:
    def __del__(self): print("Holder del")
h = Holder()
h.g = counter("b")
h.g.gi_frame.f_locals
next(h.g)
h.me = h
del h
print("cycle dropped")
print(gc.collect())
print("end")
