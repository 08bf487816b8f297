# sys.tracebacklimit: the last N entries of every traceback (the default keeps the last 1000 of a deep recursion), none past a C long, and no traceback at all at 0, in uncaught and unraisable reports alike; a non-int is ignored.
import sys
sys.setrecursionlimit(1100)
def f(n):
    if n == 0: 1/0
    g(n - 1)
def g(n):
    f(n)
def h():
    f(510)
try:
    h()
except ZeroDivisionError as e:
    sys.excepthook(type(e), e, e.__traceback__)
sys.tracebacklimit = 2
try: h()
except ZeroDivisionError as e: sys.excepthook(type(e), e, e.__traceback__)
sys.tracebacklimit = 2**70
try: f(1)
except ZeroDivisionError as e: sys.excepthook(type(e), e, e.__traceback__)
sys.tracebacklimit = "x"
try: f(1)
except ZeroDivisionError as e: sys.excepthook(type(e), e, e.__traceback__)
sys.tracebacklimit = 0
class D:
    def __del__(self): 1/0
D()
f(3)
