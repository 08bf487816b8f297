# Calling the dunders of builtin objects directly with the wrong arguments gives CPython's own messages.
def attempt(label, call):
    try:
        result = call()
        print(label, "->", result)
    except TypeError as error:
        print(label, "!!", repr(str(error)))


attempt("[1].__mul__()", lambda: [1].__mul__())
attempt("[1].__imul__(2, 3)", lambda: [1].__imul__(2, 3))
attempt("(1,).__rmul__()", lambda: (1,).__rmul__())
attempt("'ab'.__mul__(1, 2)", lambda: "ab".__mul__(1, 2))
attempt("(5).__mul__()", lambda: (5).__mul__())
attempt("[1].__mul__(3)", lambda: [1].__mul__(3))
attempt("list.__mul__([1], 2, 3)", lambda: list.__mul__([1], 2, 3))
attempt("[1].__reversed__(None)", lambda: [1].__reversed__(None))
attempt("{1: 2}.__reversed__(1)", lambda: {1: 2}.__reversed__(1))
attempt("(1,).__getnewargs__(None)", lambda: (1,).__getnewargs__(None))
attempt("'ab'.__getnewargs__()", lambda: "ab".__getnewargs__())
attempt("list.__class_getitem__(zz=1)", lambda: list.__class_getitem__(zz=1))
attempt("dict.__class_getitem__()", lambda: dict.__class_getitem__())
attempt("[].__class_getitem__(int)", lambda: [].__class_getitem__(int))
attempt("set.__class_getitem__(int, str)", lambda: set.__class_getitem__(int, str))
