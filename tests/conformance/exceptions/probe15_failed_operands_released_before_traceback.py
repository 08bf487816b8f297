# An instruction that fails releases its operands (first pushed first) before the frame's traceback entry and frame object are made; a failed call releases its callable first
import gc
gc.collect()

class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  ", self.name, "dies", gc.get_count())

class Refuses:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  ", self.name, "dies", gc.get_count())
    # Each hook lets go of its operands before raising, so only the instruction still holds them.
    def __radd__(self, other):
        del self, other
        raise KeyError("add")
    def __getitem__(self, key):
        del self, key
        raise KeyError("getitem")
    def __setitem__(self, key, value):
        del self, key, value
        raise KeyError("setitem")
    def __lt__(self, other):
        del self, other
        raise KeyError("lt")
    def __call__(self, *args):
        del self, args
        raise KeyError("call")
    def __bool__(self):
        del self
        raise KeyError("bool")

def attempt(label, action):
    gc.collect()
    try:
        action()
    except KeyError as e:
        print(label, "caught", e, gc.get_count())

def binary():
    [Item("left")] + Refuses("right")
def subscript():
    Refuses("container")[Item("key")]
def store():
    Refuses("target")[Item("key")] = Item("value")
def compare():
    Refuses("left") < [Item("right")]
def call():
    Refuses("callable")(Item("argument"))
def method_call():
    max(Item("first"), Item("second"), key=Refuses("key"))
def branch():
    if Refuses("condition"):
        pass

attempt("binary", binary)
attempt("subscript", subscript)
attempt("store", store)
attempt("compare", compare)
attempt("call", call)
attempt("max", method_call)
attempt("branch", branch)

# Errors raised by C code, while an exception is handled (so theirs exists at once, as here).
try:
    raise ValueError("outer")
except ValueError:
    for label, action in [("len", lambda: len([Item("len arg")], 2)), ("attribute", lambda: [Item("owner")].missing), ("iter", lambda: iter(Item("not iterable"))), ("unary", lambda: -Item("operand"))]:
        gc.collect()
        try:
            action()
        except (TypeError, AttributeError) as e:
            print(label, "caught", type(e).__name__, gc.get_count())
print("end", gc.get_count())
