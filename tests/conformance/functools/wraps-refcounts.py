# Reference counts around functools.wraps: the wrapped function, its annotations and __dict__ values, the closure cell, the partial's keywords, and what del frees
import functools, sys, weakref

def report(label):
    print(label, "-> freed")

def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper

def work(x: int) -> int:
    "doubles"
    return 2 * x
work.config = {"level": 1}
config = work.config
ann = work.__annotations__
watch = weakref.ref(work, lambda r: report("work"))
print("before", sys.getrefcount(work), sys.getrefcount(config), sys.getrefcount(ann))
original = work
work = deco(work)
print("after", sys.getrefcount(original), sys.getrefcount(config), sys.getrefcount(ann))
cell = work.__closure__[0]
print("cell", sys.getrefcount(cell), cell.cell_contents is original, work.__code__.co_freevars)
wrapper_watch = weakref.ref(work, lambda r: report("wrapper"))
print(work(21), sys.getrefcount(original))
del original
print("wrapped still held by the cell and __wrapped__", watch() is not None)
del work
print("after del", watch() is not None, wrapper_watch())
del cell
print("after del cell", watch(), sys.getrefcount(config), sys.getrefcount(ann))

# The partial wraps() returns holds update_wrapper's arguments in its keywords dict.
def target():
    pass
print("target", sys.getrefcount(target))
w = functools.wraps(target)
print("with partial", sys.getrefcount(target), sys.getrefcount(w.keywords), len(w.keywords))
def a():
    pass
def b():
    pass
w(a)
w(b)
print("decorated twice", sys.getrefcount(target), a.__wrapped__ is target, b.__wrapped__ is target)
del w
print("partial gone", sys.getrefcount(target))
del a
print("one wrapper gone", sys.getrefcount(target))

# update_wrapper returns its wrapper (a new reference) and keeps nothing.
def c():
    pass
def d():
    pass
print(sys.getrefcount(c), sys.getrefcount(d))
r = functools.update_wrapper(c, d)
print(r is c, sys.getrefcount(c), sys.getrefcount(d))
del r
print(sys.getrefcount(c), sys.getrefcount(d), sys.getrefcount(d.__dict__), sys.getrefcount(c.__dict__))

# A value in the wrapped function's __dict__ is shared by both dicts.
class Marker:
    def __del__(self):
        print("Marker freed")
def e():
    pass
e.marker = Marker()
def g():
    pass
functools.update_wrapper(g, e)
print(sys.getrefcount(e.marker), g.marker is e.marker)
del e.marker
print(sys.getrefcount(g.marker))
del g.marker
print("done")
