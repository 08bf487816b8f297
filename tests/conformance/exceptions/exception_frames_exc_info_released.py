# exceptions keep frames alive; sys.exc_info and del of the name
import sys, gc
class T:
    def __del__(self):
        print("T freed")
def f():
    t = T()
    raise ValueError("x")
try:
    f()
except ValueError as e:
    print("caught", type(e.__traceback__).__name__)
    tb = e.__traceback__
print("after except")
del tb
print("tb deleted")
def g():
    t = T()
    try:
        raise KeyError(1)
    except KeyError:
        return sys.exc_info()[2]
tb2 = g()
print(tb2.tb_frame.f_code.co_name)
tb2 = None
print("end")
e2 = None
try:
    1 / 0
except ZeroDivisionError as e2:
    pass
print(repr(globals().get("e2", "gone")))
