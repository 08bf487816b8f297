# suppress(*exceptions), closing(thing) and nullcontext(enter_result): what they return, swallow and call
import sys
from contextlib import suppress, closing, nullcontext

with suppress(KeyError):
    {}["missing"]
print("KeyError suppressed")

with suppress(LookupError, ValueError) as s:
    [][3]
print("IndexError suppressed as a LookupError; as-target:", s)

with suppress():
    pass
print("nothing to suppress")

try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)

try:
    with suppress():
        raise RuntimeError("no types given")
except RuntimeError as e:
    print("empty suppress lets it through:", e)

quiet = suppress(ZeroDivisionError)
for n in (1, 0, 2):
    with quiet:
        print("1 /", n, "=", 1 / n)
print("reused manager")
print(type(quiet).__name__, quiet._exceptions)


class Connection:
    def __init__(self, name):
        self.name = name
        self.open = True

    def close(self):
        self.open = False
        print("closed", self.name)

    def __del__(self):
        print("del", self.name)


with closing(Connection("db")) as conn:
    print("using", conn.name, conn.open, sys.getrefcount(conn))
print("after closing:", conn.open, sys.getrefcount(conn))
del conn

try:
    with closing(Connection("failing")) as c2:
        raise OSError("lost")
except OSError as e:
    print("closed even on error:", c2.open, e)
del c2

try:
    with closing(42):
        print("closing something without close()")
except AttributeError as e:
    print(e)

with nullcontext() as nothing:
    print("nullcontext gives", nothing)

data = [1, 2, 3]
print("before", sys.getrefcount(data))
with nullcontext(data) as same:
    print("same object:", same is data, sys.getrefcount(data))
print("after", sys.getrefcount(data))
del same

ctx = nullcontext("reusable")
with ctx as a:
    with ctx as b:
        print(a, b)


def maybe_closing(thing, should_close):
    return closing(thing) if should_close else nullcontext(thing)


with maybe_closing(Connection("kept"), False) as kept:
    print("kept open:", kept.open)
with maybe_closing(kept, True):
    pass
print("now:", kept.open)
del kept
print("end")
