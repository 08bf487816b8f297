# a program that never imported sys: a weakref.finalize callback at exit imports it and finds the uncaught exception in sys.last_value
import weakref
class Noisy:
    def __del__(self): print("del Noisy")
class Marker: pass
def at_exit():
    import sys
    print("at exit:", repr(sys.last_value), sys.getrefcount(sys.last_value), sys.last_type.__name__, sys.last_traceback.tb_next.tb_frame.f_code.co_name)
m = Marker()
weakref.finalize(m, at_exit)
def work():
    local = Noisy()
    raise ValueError("late")
work()
