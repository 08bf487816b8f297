# A traceback kept in a variable keeps frames and their locals alive until del
import sys
class Big:
    def __init__(self, name): self.name = name
    def __del__(self): print("freed", self.name)
def inner():
    local = Big("inner-local")
    raise ValueError("boom")
def outer():
    keep = Big("outer-local")
    inner()
try:
    outer()
except ValueError as e:
    saved = e.__traceback__
print("after except")
tb = saved
depth = 0
while tb is not None:
    names = sorted(tb.tb_frame.f_locals) if tb.tb_frame.f_code.co_name != "<module>" else "globals"
    print(depth, tb.tb_frame.f_code.co_name, names)
    tb = tb.tb_next
    depth += 1
print("dropping traceback")
del saved
print("still alive? tb var is", tb)
print("end")
