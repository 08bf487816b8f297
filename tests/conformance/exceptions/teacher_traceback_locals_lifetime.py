# tracebacks keep locals alive; clearing with del e and traceback frames
import sys, gc
class Big:
    def __del__(self): print("Big freed")
def work():
    big = Big()
    1 / 0
try:
    work()
except ZeroDivisionError as exc:
    tb = exc.__traceback__
    print(tb.tb_next.tb_frame.f_locals.keys())
print("exc name gone:", "exc" in dir())
del tb
print("after del tb")
def work2():
    big = Big()
    raise KeyError("k")
err = None
try:
    work2()
except KeyError as e:
    err = e
print("held")
err.__traceback__ = None
print("cleared tb")
del err
def work3():
    big = Big()
    try:
        raise ValueError
    except ValueError:
        pass
    print("handled inside")
work3()
print("end")
