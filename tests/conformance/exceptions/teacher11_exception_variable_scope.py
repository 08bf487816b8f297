# exception variables are deleted at the end of except, the traceback keeps the frame's locals, and cycles through frames
import sys, gc
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)
def raiser():
    local = T("raiser local")
    raise ValueError("boom")
def handler():
    try:
        raiser()
    except ValueError as err:
        print("in except, refcount", sys.getrefcount(err))
    print("err bound?", "err" in dir())
handler()
print("--")
def keep():
    try:
        raiser()
    except ValueError as err:
        kept = err
    return kept
k = keep()
print("kept", type(k).__name__, k.__traceback__.tb_next.tb_frame.f_code.co_name)
del k
print("deleted k")
gc.collect()
print("--")
def self_cycle():
    try:
        raiser()
    except ValueError as err:
        frame = sys._getframe()
        saved = err
    return None
self_cycle()
print("after self_cycle, collect:", gc.collect())
print("--")
err = "outer"
try:
    raise KeyError("k")
except KeyError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)
print("--")
def nested():
    try:
        try:
            raise ValueError(T("inner arg"))
        except ValueError as inner:
            raise TypeError("outer") from inner
    except TypeError as outer:
        print("cause", type(outer.__cause__).__name__, outer.__cause__.args[0].name)
    print("nested done")
nested()
print("end")
