# An error C code raises outside any handler stays a type and a message until a handler catches it: objects that die on its way up (a failed call's arguments, a list being built, the operands) see no exception object and no args tuple in gc.get_count()
import gc
gc.collect()

class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  ", self.name, "dies", gc.get_count())

def attempt(label, action):
    gc.collect()
    try:
        action()
    except Exception as e:
        print(label, "caught", type(e).__name__, gc.get_count())

attempt("hash", lambda: hash([Item("list item")]))
attempt("len", lambda: len([Item("argument")], 2))
attempt("map", lambda: list(map(len, [[Item("first")], 5, [Item("unreached")]])))
attempt("join", lambda: "-".join(["a", 5, Item("joined")]))
attempt("set", lambda: {Item("element"), []})
attempt("dict", lambda: dict([("a", Item("value")), (1, 2, 3)]))
attempt("add", lambda: [Item("operand")] + 1)

print("inside a handler, the exception is made at once:")
try:
    raise LookupError("outer")
except LookupError:
    attempt("hash", lambda: hash([Item("list item")]))
    attempt("add", lambda: [Item("operand")] + 1)
print("end", gc.get_count())
