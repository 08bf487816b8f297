# weakref.finalize runs once, can be called early, detached, and runs before attributes die
import weakref
class Conn:
    def __init__(self, name): self.name = name
    def __del__(self): print("__del__", self.name)
def close(name): print("finalize closes", name)
c = Conn("db")
f = weakref.finalize(c, close, "db")
print(f.alive, f.peek()[2:], f.peek()[1] is close)
del c
print(f.alive)
c2 = Conn("cache")
f2 = weakref.finalize(c2, close, "cache")
print(f2(), f2(), f2.alive)
c3 = Conn("tmp")
f3 = weakref.finalize(c3, close, "tmp")
d3 = f3.detach()
print(d3[0] is c3 if False else d3[1] is close, d3[2:], f3.alive, f3.detach())
del c3
del c2
print("end")
