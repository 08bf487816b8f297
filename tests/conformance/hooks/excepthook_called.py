# a program's sys.excepthook gets the uncaught exception's type, value and traceback; sys.last_* are set before it runs
import sys
def hook(kind, value, tb):
    print("hook:", kind.__name__, value, tb is value.__traceback__)
    print("last:", sys.last_type is kind, sys.last_value is value, sys.last_traceback is tb)
    print("refs:", sys.getrefcount(value), sys.getrefcount(tb))
    print("frames:", tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
print(sys.excepthook is sys.__excepthook__, sys.excepthook)
sys.excepthook = hook
def fail(n):
    raise ValueError(f"bad {n}")
fail(3)
