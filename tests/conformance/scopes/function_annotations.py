# Parameter and return annotations are evaluated when the def runs (args before posonlyargs, *args, keyword-only, **kwargs, return) and __annotations__ makes a dict of them on first read.
import sys, gc
def tag(x):
    print("evaluating", x)
    return x
def f(a: tag("a"), /, b: tag("b") = 1, *args: tag("args"), c: tag("c"), d=2, **kw: tag("kw")) -> tag("ret"): pass
print(f.__annotations__)
print(f.__annotations__ is f.__annotations__)
class C:
    def m(self, __p: int) -> "C": return __p
    def n(self): pass
print(C.m.__annotations__, C.n.__annotations__)
def g(x: int): pass
gc.collect()
before = gc.get_count()[0]
def h(x: int, y: str) -> None: pass
after_def = gc.get_count()[0] - before
a = h.__annotations__
after_read = gc.get_count()[0] - before
print(after_def, after_read, sys.getrefcount(a))
lam = lambda x: x
print(lam.__annotations__)
def annotated(a: int, b: str = "x") -> bool: pass
print(annotated.__annotations__)
class P:
    x: int
    y: str = "a"
print(P.__annotations__)
v: int = 5
print(__annotations__)
def f(*args: int, **kw: str): pass
print(f.__annotations__)
