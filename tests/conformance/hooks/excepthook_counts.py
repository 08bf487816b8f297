# inside sys.excepthook: refcounts of the exception's class, value and traceback, and gc.get_count() after a collection
import sys, gc
class AppError(Exception):
    pass
seen = []
def hook(kind, value, tb):
    seen.append((sys.getrefcount(kind), sys.getrefcount(value), sys.getrefcount(tb)))
    gc.collect()
    before = gc.get_count()
    args = (kind, value)
    seen.append(gc.get_count()[0] - before[0])
    sys.stdout.write(f"{seen}\n")
sys.excepthook = hook
def deep(n):
    if n == 0:
        raise AppError("bottom")
    deep(n - 1)
deep(3)
