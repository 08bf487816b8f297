# An exception that leaves a frame with no handler pops the frame's value stack first (exception_unwind), and
# the instruction that failed already released its operands: temporaries die before the caller's handler runs,
# even though the traceback keeps the frame (with its locals) alive until the exception goes.
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def add():
    kept = Noisy("local (kept by the traceback's frame)")
    return Noisy("operand of +") + 1


def call():
    return len(Noisy("argument of len"))


def build():
    return [Noisy("item of an unfinished list"), 1 / 0]


def attribute():
    return Noisy("object of the AttributeError (its obj)").missing


def generator():
    yield Noisy("value on a generator's stack") + [Noisy("in a list being built"), {}["missing"]]


def nested():
    return (Noisy("outer call's operand"), call())


for f in (add, call, build, attribute, lambda: next(generator()), nested):
    try:
        f()
    except Exception as e:
        print("handler:", type(e).__name__, e)
    print("after the handler")
gc.collect()
