# namedtuple's checks and errors as CPython words them: bad names, duplicates, defaults, __new__'s signature, _make, _replace, read-only fields
from collections import namedtuple


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", result)


attempt("keyword", lambda: namedtuple("P", "x class"))
attempt("identifier", lambda: namedtuple("P", "x 1y"))
attempt("typename", lambda: namedtuple("1P", "x"))
attempt("typename keyword", lambda: namedtuple("def", "x"))
attempt("underscore", lambda: namedtuple("P", "x _y"))
attempt("duplicate", lambda: namedtuple("P", "x y x"))
attempt("defaults", lambda: namedtuple("P", "x", defaults=(1, 2)))
attempt("dash", lambda: namedtuple("P", "x-y"))
attempt("non str", lambda: namedtuple("P", [1, 2]))
attempt("str of names", lambda: namedtuple("P", ["a", 3], rename=True)._fields)
attempt("missing", lambda: namedtuple("P"))
attempt("too many", lambda: namedtuple("P", "x", False))
attempt("unknown keyword", lambda: namedtuple("P", "x", verbose=True))
P = namedtuple("P", "x y z", defaults=[9])
attempt("no args", lambda: P())
attempt("one arg", lambda: P(1))
attempt("too many args", lambda: P(1, 2, 3, 4))
attempt("repeated", lambda: P(1, 2, x=3))
attempt("unexpected", lambda: P(1, 2, w=3))
attempt("keywords", lambda: P(z=1, y=2, x=3))
attempt("make short", lambda: P._make([1, 2]))
attempt("make long", lambda: P._make(range(5)))
attempt("make not iterable", lambda: P._make(5))
p = P(1, 2, 3)
attempt("replace unknown", lambda: p._replace(w=1, q=2))
attempt("replace", lambda: p._replace(z=0))


def set_field():
    p.x = 5


def del_field():
    del p.y


def new_attribute():
    p.w = 1


attempt("set field", set_field)
attempt("del field", del_field)
attempt("new attribute", new_attribute)
attempt("index", lambda: p[3])
attempt("getter wrong type", lambda: P.x.__get__(5))
attempt("getter short tuple", lambda: P.z.__get__((1,)))
attempt("getter set", lambda: P.x.__set__(p, 1))
attempt("dict", lambda: p.__dict__)
attempt("hash list", lambda: hash(P([], 1, 2)))
P(1)
