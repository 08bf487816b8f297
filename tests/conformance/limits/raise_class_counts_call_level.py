# raising an exception class calls it, counting a level, as _PyObject_MakeTpCall does
import sys
sys.setrecursionlimit(300)  # a lower limit keeps these probes short
import sys
class MyError(Exception):
    pass
class WithInit(Exception):
    def __init__(self):
        super().__init__("made")
def r(k, cls, cause=None):
    if k == 0:
        if cause is None:
            raise cls
        raise cls from cause
    r(k - 1, cls, cause)
for cls in (ValueError, WithInit):
    for depth in (296, 297, 298):
        try:
            r(depth, cls)
        except RecursionError as e:
            print(cls.__name__, depth, "RecursionError", e)
        except Exception as e:
            print(cls.__name__, depth, type(e).__name__, e.args)
for depth in (297, 298):
    try:
        r(depth, ValueError, TypeError)
    except RecursionError as e:
        print("from", depth, "RecursionError", e)
    except Exception as e:
        print("from", depth, type(e).__name__, type(e.__cause__).__name__)
