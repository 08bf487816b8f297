# generators hold their frames and locals
import sys, gc
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del R", self.n)
def gen():
    r = R(1)
    yield 1
    r2 = R(2)
    yield 2
    print("end of gen")
g = gen()
print(next(g))
print(g.gi_frame.f_locals.keys())
print(next(g))
del g
print("after del")
g = gen()
next(g); next(g)
try:
    next(g)
except StopIteration:
    print("stop")
print(g.gi_frame)
del g
g = gen()
print(g.gi_frame.f_lineno)
next(g)
g.close()
print("closed", g.gi_frame)
