# Builtins on a proxy go through its slots: abs, int, float, divmod, index, reversed, dir, format... and ReferenceError once dead
import weakref, gc, sys
class N:
    def __init__(self, v): self.v = v
    def __abs__(self): return 1
    def __int__(self): return 2
    def __float__(self): return 2.5
    def __index__(self): return 3
    def __pow__(self, o): return "pow"
    def __divmod__(self, o): return "dm"
    def __matmul__(self, o): return "mm"
    def __round__(self, n=None): return "rd"
    def __format__(self, spec): return "fmt" + spec
    def __reversed__(self): return iter([3, 2])
    def __lt__(self, o): return self.v < o.v
    def __hash__(self): return 1
    def __eq__(self, o): return self is o
n = N(1); m = N(2)
p = weakref.proxy(n); q = weakref.proxy(m)
tests = [
 ("reversed", lambda: list(reversed(p))), ("abs", lambda: abs(p)), ("int", lambda: int(p)), ("float", lambda: float(p)),
 ("pow", lambda: p ** 2), ("divmod", lambda: divmod(p, 2)), ("matmul", lambda: p @ 1), ("round", lambda: round(p)),
 ("format", lambda: format(p, "x")), ("fstring", lambda: f"{p:y}"), ("ascii", lambda: ascii(p)[:4]),
 ("dir", lambda: "v" in dir(p)), ("vars", lambda: vars(p)), ("dict", lambda: p.__dict__), ("getattr", lambda: getattr(p, "zz", 1)),
 ("hasattr", lambda: hasattr(p, "v")), ("sorted", lambda: [x.v for x in sorted([q, p])]), ("min", lambda: min(q, p).v),
 ("in list", lambda: p in [n]), ("count", lambda: [m, n].count(p)), ("is", lambda: p is n), ("hex", lambda: hex(p)), ("not in", lambda: [m].index(p) if False else p in [m]),
 ("range", lambda: list(range(p))), ("list idx", lambda: [1,2,3,4][p]), ("bool", lambda: bool(p)), ("proxy of proxy", lambda: weakref.proxy(p)),
 ("referents", lambda: len(gc.get_referents(p))), ("next", lambda: next(p)), ("len", lambda: len(p)), ("iter", lambda: iter(p)),
 ("str mod", lambda: ("%s" % p)[:12]), ("repr in list", lambda: repr([p])[:11]),
 ("eq set", lambda: {n} == {p}), ("call", lambda: p()), ("setattr", lambda: setattr(p, "w", 5) or n.w), ("type call", lambda: weakref.ProxyType(n)),
 ("mul seq", lambda: [1] * p), ("isinstance tuple", lambda: isinstance(p, (int, N))), ("issubclass", lambda: issubclass(type(p), N)),
 ("callable wm", lambda: callable(weakref.WeakMethod(n.__abs__))), ("ws proxy", lambda: len(weakref.WeakSet([p]))),
]
for name, f in tests:
    try:
        print(name, f())
    except Exception as e:
        print(name, "->", type(e).__name__, e)
del n
for name, f in tests[:12]:
    try:
        print(name, f())
    except Exception as e:
        print(name, "->", type(e).__name__, e)
