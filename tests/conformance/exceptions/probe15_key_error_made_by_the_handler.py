# A KeyError raised by C code (d[k], dict.pop, set.remove) outside a handler has only its args tuple until a handler catches it: what dies on its way up sees no exception object counted
import gc
gc.collect()

class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  ", self.name, "dies", gc.get_count())

def pair(first, second):
    return first, second

def attempt(label, action):
    gc.collect()
    try:
        action()
    except KeyError as e:
        print(label, "caught", e, gc.get_count())

attempt("subscript", lambda: pair([Item("pending argument")], {}["missing"]))
attempt("pop", lambda: pair([Item("pending argument")], {"a": 1}.pop("missing")))
attempt("remove", lambda: pair([Item("pending argument")], {1}.remove(2)))
attempt("object key", lambda: pair([Item("pending argument")], {}[Item("key").name]))
attempt("popitem", lambda: pair([Item("pending argument")], {}.popitem()))
try:
    raise LookupError("outer")
except LookupError:
    attempt("in a handler", lambda: pair([Item("pending argument")], {}["missing"]))
print("end", gc.get_count())
