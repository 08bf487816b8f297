# f(*args, **kwargs) of Python functions and methods runs as a frame: counts, keyword copies, errors, decorators
import sys, gc, functools
class D:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)
def f(a, b=2, *rest, c=3, **kw):
    print("f", sys.getrefcount(a), b, rest, c, sorted(kw))
    return a
args = (D("a"),)
for i in range(10):
    f(*args)
    f(*args, **{"c": 4, "z": 5})
print(f(*[D("temp")]).tag)
print(f(*(D("t2"), 1, 2, 3), **{"q": D("kwval")}).tag)
class C:
    def m(self, x, *, y=0):
        print("m", sys.getrefcount(self), x, y)
        return x + y
c = C()
print(c.m(*(1,), **{"y": 2}), C.m(c, *[3]))
try:
    f(*(), **{})
except TypeError as e:
    print("TypeError", e)
try:
    f(*(1,), **{"b": 5, "a": 1})
except TypeError as e:
    print("TypeError", e)
def boom(*a):
    raise ValueError(a)
try:
    boom(*[D("arg")])
except ValueError as e:
    print("ValueError", e.args[0][0].tag)
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(400) > 0)
def gen(*a):
    yield from a
print(list(gen(*[1, 2])))
gc.collect()
before = gc.get_count()[0]
f(*args, **{"c": 1})
print(gc.get_count()[0] - before)
