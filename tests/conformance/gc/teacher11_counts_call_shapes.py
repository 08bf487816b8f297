# gc.get_count() change of calls of each shape: positional, keywords, *args, **kwargs, defaults, methods, classes
import gc
def plain(a, b):
    return a
def star(*args):
    return args
def kw(**kwargs):
    return kwargs
def both(*args, **kwargs):
    return args, kwargs
def defaults(a, b=[], *, c=None):
    return a
class K:
    def __init__(self, a=1):
        self.a = a
    def m(self, *a):
        return a
    @classmethod
    def cm(cls):
        return cls
    @staticmethod
    def sm(x):
        return x
    def __call__(self, x):
        return x
class N:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, *a):
        pass
k = K()
args = (1, 2)
kwargs = {"a": 1, "b": 2}
def measure(label, f):
    gc.collect()
    c0 = gc.get_count()[0]
    f()
    c1 = gc.get_count()[0]
    print(label, c1 - c0)
measure("plain", lambda: plain(1, 2))
measure("plain kw", lambda: plain(1, b=2))
measure("plain star", lambda: plain(*args))
measure("plain starstar", lambda: plain(**kwargs))
measure("star", lambda: star(1, 2, 3))
measure("star empty", lambda: star())
measure("kw", lambda: kw(a=1))
measure("kw empty", lambda: kw())
measure("both", lambda: both(1, a=2))
measure("both spread", lambda: both(*args, **kwargs))
measure("defaults", lambda: defaults(1))
measure("defaults kw", lambda: defaults(1, c=2))
measure("method", lambda: k.m(1))
measure("method star", lambda: k.m(*args))
measure("classmethod", lambda: k.cm())
measure("staticmethod", lambda: K.sm(1))
measure("call instance", lambda: k(1))
measure("class", lambda: K())
measure("class kw", lambda: K(a=2))
measure("class star", lambda: K(*(1,)))
measure("class new", lambda: N(1, 2))
measure("builtin kw", lambda: sorted([1], reverse=True))
measure("print sep", lambda: print(end=""))
measure("int base", lambda: int("ff", 16))
measure("int base kw", lambda: int("ff", base=16))
measure("str.split kw", lambda: "a b".split(maxsplit=1))
measure("dict get", lambda: kwargs.get("a", 0))
measure("lambda kw", lambda: (lambda x, y=2: x)(1, y=3))
measure("super", lambda: super(K, k).__init__())
measure("getattr bound", lambda: getattr(k, "m")(1))
