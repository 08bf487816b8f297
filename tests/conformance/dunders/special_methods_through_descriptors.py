# Special methods found on the type are used whatever they are: a staticmethod, classmethod, property, callable instance, functools.partial or None serves as __repr__, __len__, __call__... as lookup_maybe_method binds it, with its refcounts and errors.
import functools
import sys


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return "callable instance got %d args" % len(args)


def fmt(prefix, spec):
    return prefix + ":" + spec


class Odd:
    __repr__ = Counter()
    __str__ = staticmethod(lambda: "static str")
    __format__ = functools.partial(fmt, "partial")
    __hash__ = classmethod(lambda cls: 42)
    __eq__ = staticmethod(lambda a, b: True)
    __call__ = property(lambda self: (lambda *a: ("called", a)))
    __getitem__ = staticmethod(lambda k: k * 2)
    __contains__ = Counter()
    __bool__ = property(lambda self: lambda: False)
    __iter__ = property(lambda self: lambda: iter([7, 8]))
    __neg__ = staticmethod(lambda: "negated")
    __add__ = Counter()
    __lt__ = classmethod(lambda cls, other: "lt on " + cls.__name__)

    @property
    def __len__(self):
        return lambda: 3


o = Odd()
attempt("repr", lambda: repr(o))
attempt("str", lambda: str(o))
attempt("len", lambda: len(o))
attempt("format", lambda: format(o, "x"))
attempt("f-string", lambda: f"{o:y}")
attempt("hash", lambda: hash(o))
attempt("eq", lambda: o == 1)
attempt("call", lambda: o(1, 2))
attempt("getitem", lambda: o[5])
attempt("contains", lambda: 3 in o)
attempt("bool", lambda: bool(o))
attempt("iter", lambda: list(o))
attempt("neg", lambda: -o)
attempt("add", lambda: o + 1)
attempt("lt", lambda: o < 1)
attempt("dict key", lambda: {o: 1}[o])


class Manager:
    __enter__ = staticmethod(lambda: "entered")
    __exit__ = property(lambda self: (lambda *a: print("exit sees", a[0].__name__) or True))


with Manager() as value:
    print("inside with", value)
    raise ValueError("swallowed")


class Finalized:
    __del__ = staticmethod(lambda: print("static __del__"))


f = Finalized()
del f


class ByProperty:
    @property
    def __del__(self):
        print("property read at dealloc")
        return lambda: print("__del__ through a property")


f = ByProperty()
del f


class Numbers:
    __iter__ = lambda self: self
    __next__ = staticmethod(functools.partial(next, iter([1, 2, 3])))
    __index__ = staticmethod(lambda: 2)


attempt("next", lambda: list(Numbers()))
attempt("index", lambda: [10, 20, 30][Numbers()])


class Broken:
    __len__ = staticmethod(lambda self: 3)
    __getitem__ = property(lambda self: 5)
    __iter__ = None
    __contains__ = None
    __reversed__ = None
    __hash__ = None
    __call__ = property(lambda self: 7)

    @property
    def __repr__(self):
        return "not callable"


attempt("len taking self", lambda: len(Broken()))
attempt("getitem not callable", lambda: Broken()[0])
attempt("iter None", lambda: iter(Broken()))
attempt("for None", lambda: [x for x in Broken()])
attempt("contains None", lambda: 1 in Broken())
attempt("reversed None", lambda: reversed(Broken()))
attempt("hash None", lambda: hash(Broken()))
attempt("call not callable", lambda: Broken()())
attempt("repr not callable", lambda: repr(Broken()))


class Missing(dict):
    __missing__ = staticmethod(lambda k: "missing " + k)


class Listy(list):
    __getitem__ = staticmethod(lambda i: "static item %d" % i)
    __len__ = property(lambda self: lambda: 42)


attempt("missing", lambda: Missing()["a"])
attempt("list subclass getitem", lambda: Listy([1])[0])
attempt("list subclass len", lambda: len(Listy([1])))


class Named:
    __set_name__ = classmethod(lambda cls, owner, name: print("set_name", cls.__name__, owner.__name__, name))


class Owner:
    attribute = Named()


class Sized:
    __sizeof__ = staticmethod(lambda: 100)


attempt("getsizeof", lambda: sys.getsizeof(Sized()))


class Meta(type):
    __instancecheck__ = staticmethod(lambda inst: print("instancecheck", inst) or True)


class Checked(metaclass=Meta):
    pass


attempt("isinstance", lambda: isinstance(3, Checked))


class Plain:
    def __len__(self):
        return sys.getrefcount(Plain.__dict__["__len__"])

    def __repr__(self):
        return str(sys.getrefcount(Plain.__dict__["__repr__"]))

    def __hash__(self):
        return sys.getrefcount(Plain.__dict__["__hash__"])

    def __eq__(self, other):
        print("eq holds its function:", sys.getrefcount(Plain.__dict__["__eq__"]))
        return True

    def __add__(self, other):
        return sys.getrefcount(Plain.__dict__["__add__"])

    def __neg__(self):
        return sys.getrefcount(Plain.__dict__["__neg__"])

    def __getitem__(self, key):
        return sys.getrefcount(Plain.__dict__["__getitem__"])

    def __del__(self):
        print("del holds its function:", sys.getrefcount(Plain.__dict__["__del__"]))


p = Plain()
print("refcounts while called:", len(p), repr(p), hash(p), p + 1, -p, p[0])
p == 1
del p
