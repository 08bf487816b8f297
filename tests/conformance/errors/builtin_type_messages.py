# Type errors from builtins and statements use CPython 3.11's exact wording
def attempt(label, call):
    try:
        call()
    except TypeError as error:
        print(label, "->", error)

def unpack_int():
    a, b = 5
def unpack_none():
    first, *rest = None
def delete_from_int():
    x = 5
    del x[0]
def delete_from_str():
    s = "abc"
    del s[0]
def delete_str_key():
    s = "abc"
    del s["k"]
def delete_from_tuple():
    t = (1, 2)
    del t[0]
def merge_int():
    d = {}
    d |= 5
def index_str():
    key = "x"
    return "abc"[key]

attempt("unpack int", unpack_int)
attempt("unpack None", unpack_none)
attempt("del int[0]", delete_from_int)
attempt("del str[0]", delete_from_str)
attempt("del str['k']", delete_str_key)
attempt("del tuple[0]", delete_from_tuple)
attempt("dict |= int", merge_int)
attempt("str['x']", index_str)
attempt("setattr name", lambda: setattr(object(), 1, 2))
attempt("getattr name", lambda: getattr(object(), None))
attempt("reversed(5)", lambda: reversed(5))
attempt("reversed(set)", lambda: reversed({1, 2}))
attempt("1 in 5", lambda: 1 in 5)
attempt("divmod types", lambda: divmod(1.5, "a"))
attempt("round(str)", lambda: round("a", "b"))
attempt("print sep", lambda: print(1, 2, sep=5))
attempt("print end", lambda: print(1, end=[]))
print(divmod(-7, 2), divmod(7.5, -2), divmod(2 ** 70, 7))
print(list(reversed("abc")), list(reversed({"a": 1, "b": 2})))
