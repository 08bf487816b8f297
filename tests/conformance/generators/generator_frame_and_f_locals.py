# A live generator's gi_frame is a frame object whose f_locals dict is the frame's own; it outlives the generator
import sys
class Item:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
def gen():
    local = Item("in generator")
    yield 1
    yield 2
g = gen()
print(type(g.gi_frame).__name__)
next(g)
fr = g.gi_frame
print(fr is g.gi_frame, fr.f_lineno, fr.f_back, sorted(fr.f_locals), fr.f_locals is fr.f_locals)
print(sys.getrefcount(fr), sys.getrefcount(fr.f_locals["local"]))
del g
print("generator gone, frame kept:", sorted(fr.f_locals))
del fr
print("frame gone")
def raiser():
    temp = Item("temp")
    raise ValueError("x")
try:
    raiser()
except ValueError as e:
    tb = e.__traceback__.tb_next
    loc = tb.tb_frame.f_locals
    print(sorted(loc), loc is tb.tb_frame.f_locals, sys.getrefcount(loc))
    del tb, loc
print("end")
