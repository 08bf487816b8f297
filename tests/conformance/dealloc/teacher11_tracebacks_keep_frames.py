# tracebacks keep frames alive: sys.exc_info, e.__traceback__, saved exceptions, and when they go
import sys, gc
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)
def fail(tag):
    local = T(tag)
    raise KeyError(tag)
saved = None
try:
    fail("first")
except KeyError as e:
    print("in handler")
    info = sys.exc_info()
    print(info[0].__name__, info[2] is e.__traceback__)
print("after handler")
del info
print("deleted info")
try:
    fail("second")
except KeyError as e:
    saved = e
print("saved exception")
tb = saved.__traceback__
print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
print(tb.tb_next.tb_frame.f_locals["local"].name)
del tb
saved = None
print("cleared saved")
try:
    fail("third")
except KeyError as e:
    e.__traceback__ = None
    print("dropped traceback")
print("after third")
def catch():
    try:
        fail("fourth")
    except KeyError:
        return sys.exc_info()[2]
t = catch()
print("returned traceback")
frame = t.tb_next.tb_frame
del t
print("have frame")
frame = None
print("frame dropped")
pass
print("end")
