# sys.exc_info frames, exception in variable cycle
import sys, gc
gc.disable()
class Big:
    def __del__(self): print("Big freed")
def inner():
    big = Big()
    1/0
def outer():
    try:
        inner()
    except ZeroDivisionError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v, tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name)
        return tb
tb = outer()
print("tb held")
print(sys.getrefcount(tb))
print(tb.tb_next.tb_frame.f_locals.keys())
del tb
print("after del tb")
def cyc():
    try:
        inner()
    except ZeroDivisionError as e:
        err = e
    return "done"
print(cyc())
print(sys.exc_info())
print(gc.collect())
def handle():
    try:
        raise KeyError("k")
    except KeyError:
        info = sys.exc_info()
        print(info[0], repr(info[1]))
    print(sys.exc_info())
handle()
gc.enable()
