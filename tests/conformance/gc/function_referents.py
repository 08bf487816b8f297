# gc.get_referents of a function follows func_traverse: code, globals, builtins, module, defaults, kwdefaults, doc, name, dict, closure, annotations, qualname
import gc, sys
def f(x, y=3): return x
def g():
    z = 1
    def h(): return z
    return h
def k(a: int, *, b=2) -> str:
    "doc"
    return a
names = lambda fn: [type(r).__name__ for r in gc.get_referents(fn)]
print(names(f)); print(names(g())); print(names(k)); print(names(lambda: 0))
r = gc.get_referents(f)
print(r[0] is f.__code__, r[1] is globals(), r[2] is f.__builtins__, r[3] == "__main__", r[4] == (3,), r[5], r[6], r[7])
f.attr = 1
del f.__doc__
f.__module__ = None
print(names(f))
print(type(f.__builtins__).__name__, f.__builtins__ is g.__builtins__, f.__builtins__["len"] is len)
