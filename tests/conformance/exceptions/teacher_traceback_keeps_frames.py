# exceptions keep frames alive via tracebacks
import sys, gc
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del R", self.n)
def fail():
    r = R(1)
    raise ValueError("boom")
try:
    fail()
except ValueError as e:
    print("caught", e)
print("after except")
saved = None
try:
    fail()
except ValueError as e:
    saved = e
print("saved", saved.__traceback__.tb_next.tb_frame.f_code.co_name)
del saved
print("dropped")
def g():
    try:
        fail()
    except ValueError:
        return sys.exc_info()
info = g()
print(info[0].__name__, info[1])
del info
gc.collect()
print("end")
