# A special method that returns the wrong type: C code sets the TypeError, then releases the result. Python 3.11
# makes the exception object there only when an exception is being handled (to chain it); otherwise the result
# goes first, so its __del__ sees one object fewer in gc.get_count(). slot_tp_hash never releases a bad
# __hash__ result at all (a leak fixed in 3.12): its __del__ never runs.
import gc


class Result:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  freeing the result of", self.name, "- gen0 count:", gc.get_count()[0] - base)


class Source:
    def __init__(self, name):
        self.name = name

    def __bytes__(self):
        return Result(self.name)

    def __str__(self):
        return Result(self.name)

    def __repr__(self):
        return Result(self.name)

    def __len__(self):
        return Result(self.name)

    def __index__(self):
        return Result(self.name)

    def __bool__(self):
        return Result(self.name)

    def __hash__(self):
        return Result(self.name)

    def __iter__(self):
        return Result(self.name)

    def __float__(self):
        return Result(self.name)

    def __int__(self):
        return Result(self.name)

    def __complex__(self):
        return Result(self.name)

    def __format__(self, spec):
        return Result(self.name)


def attempt(name, make):
    global base
    gc.collect()
    base = gc.get_count()[0]
    try:
        make(Source(name))
    except TypeError as e:
        print(name + ":", e, "| context:", type(e.__context__).__name__)


import math


class Hinted:
    def __init__(self, name):
        self.name = name

    def __iter__(self):
        return iter([1, 2])

    def __length_hint__(self):
        return Result(self.name)


checks = [("bytes()", bytes), ("%b", lambda s: b"%b" % s), ("str()", str), ("repr()", repr), ("len()", len),
          ("a subscript", lambda s: [][s]), ("bool()", bool), ("hash()", hash), ("a dict key", lambda s: {s: 1}),
          ("iter()", iter), ("float()", float), ("math.sqrt", math.sqrt), ("int()", int),
          ("complex()", complex), ("format()", format), ("an f-string", lambda s: f"{s}"),
          ("list()'s __length_hint__", lambda s: list(Hinted(s.name)))]
for name, make in checks:
    attempt(name, make)
try:
    raise KeyError("handled")
except KeyError:
    for name, make in checks:
        attempt(name + " while handling", make)
print("leaked:", sum(type(o) is Result for o in gc.get_objects()))
