# A call missing arguments makes a list of their names (missing_arguments' PyList_New) before it raises: what dies on the error's way up sees it counted
import gc
gc.collect()

class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  ", self.name, "dies", gc.get_count())

def pair(first, second):
    return first, second

def needs(a, b, *, c):
    return a, b, c

def attempt(label, action):
    gc.collect()
    try:
        action()
    except TypeError as e:
        print(label, "caught", e, gc.get_count())

attempt("positional", lambda: pair([Item("argument")], needs()))
attempt("one missing", lambda: pair([Item("argument")], needs(1)))
attempt("keyword-only", lambda: pair([Item("argument")], needs(1, 2)))
print("end", gc.get_count())
