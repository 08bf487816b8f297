# exceptions keep frames alive: traceback cycles, `except ... as e` clearing, and gc
import gc, sys, weakref

class Big:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("  del Big", self.tag)

def fail(tag):
    local = Big(tag)
    raise ValueError(tag)

def keep_exception():
    try:
        fail("kept")
    except ValueError as e:
        return e

gc.collect()
err = keep_exception()
print("caught", err, "frames alive via traceback")
tb = err.__traceback__
depth = 0
while tb is not None:
    depth += 1
    tb = tb.tb_next
print("depth", depth)
del err
print("after del err")

def self_cycle():
    try:
        fail("cycle")
    except ValueError as e:
        saved = e
    return saved is not None

print("returned", self_cycle())
print("collect:", gc.collect())

try:
    fail("name")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)

def chained():
    try:
        try:
            fail("inner")
        except ValueError as inner:
            raise KeyError("outer") from inner
    except KeyError as outer:
        return outer
o = chained()
print(repr(o), repr(o.__cause__), o.__suppress_context__, o.__context__ is o.__cause__)
o.__cause__.__traceback__ = None
print("cleared inner tb")
del o
print("collect:", gc.collect())
print(sys.exc_info())
try:
    raise RuntimeError("x")
except RuntimeError:
    info = sys.exc_info()
print(info[0].__name__, sys.getrefcount(info[1]))
del info
gc.collect()
print("end")
