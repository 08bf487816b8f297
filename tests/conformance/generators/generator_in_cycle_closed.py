# a suspended generator in a cycle: the collector closes it (finally runs) before freeing
import gc
class Holder:
    pass
def worker(h):
    try:
        yield 1
        yield 2
    finally:
        print("generator finally, holder alive:", h is not None)
gc.collect()
h = Holder()
h.gen = worker(h)
print(next(h.gen))
del h
print("collected", gc.collect())
def plain():
    try:
        yield "x"
    finally:
        print("closed on del")
g = plain()
next(g)
del g
print("after del")
g2 = plain()
print(g2.gi_frame is not None)
del g2
print("unstarted generator: no finally")
