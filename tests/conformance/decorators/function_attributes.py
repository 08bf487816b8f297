# A function's writable attributes as funcobject.c has them: __name__/__qualname__ checks, __doc__/__module__ members, __defaults__/__kwdefaults__/__annotations__, __dict__, del, readonly ones
import sys, gc

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)

def f():
    pass
print(f.__dict__, f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(f.__name__ is f.__code__.co_name, f.__qualname__ is f.__qualname__)
# The descriptors win over the function's __dict__.
f.__dict__["__name__"] = "shadow"
f.__dict__["__doc__"] = "shadow doc"
print(f.__name__, f.__doc__, sorted(f.__dict__))
f.__name__ = "renamed"
f.__qualname__ = "Some.renamed"
print(f.__name__, f.__qualname__, sorted(f.__dict__))
del f.__dict__["__name__"], f.__dict__["__doc__"]

# __dict__: made once, kept, replaced by assignment.
d = f.__dict__
print(d is f.__dict__, sys.getrefcount(d))
f.__dict__ = {"a": 1}
print(sys.getrefcount(d), f.__dict__, f.a, vars(f) is f.__dict__)
f.b = [1]
del f.a
print(f.__dict__)
try:
    del f.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    del f.__dict__
except TypeError as e:
    print("TypeError:", e)
try:
    f.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)

# Defaults are read at each call.
def g(a, b=2, *, c=3):
    return a, b, c
g.__defaults__ = (10, 20)
print(g())
g.__kwdefaults__ = {"c": 30}
print(g())
del g.__defaults__
try:
    g()
except TypeError as e:
    print("TypeError:", e)
g.__kwdefaults__ = None
try:
    g(1, 2)
except TypeError as e:
    print("TypeError:", e)
t = (5, 6)
before = sys.getrefcount(t)
g.__defaults__ = t
print(sys.getrefcount(t) - before, g.__defaults__ is t, g())
g.__defaults__ = None
print(sys.getrefcount(t) - before, g.__defaults__)
print(sys.getsizeof(g), gc.is_tracked(g))

def h(x: int) -> str:
    "h doc"
ann = h.__annotations__
print(ann, ann is h.__annotations__, sys.getrefcount(ann))
h.__annotations__ = {"y": float}
print(h.__annotations__, sys.getrefcount(ann))
del h.__annotations__
print(h.__annotations__)
h.__annotations__ = None
print(h.__annotations__)
h.__doc__ = "hello"
print(h.__doc__)
del h.__doc__
print(h.__doc__)
h.__doc__ = 5
print(h.__doc__)
h.__module__ = "elsewhere"
try:
    h(**1)
except TypeError as e:
    print("TypeError:", e)
h.__module__ = None
try:
    h(**1)
except TypeError as e:
    print("TypeError:", e)
del h.__module__
print(h.__module__)

# The messages initialize_locals and generators take from the function's __qualname__ and __name__.
def counter(n):
    yield n
counter.__name__ = "count_up"
counter.__qualname__ = "Counting.count_up"
it = counter(1)
print(it.__name__, it.__qualname__)
try:
    counter(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    counter(m=2)
except TypeError as e:
    print("TypeError:", e)

# Errors of the setters, and deletion.
for name in ["__closure__", "__globals__", "__builtins__", "__code__", "__name__", "__qualname__", "__defaults__", "__kwdefaults__", "__annotations__", "__dict__", "__class__"]:
    try:
        setattr(g, name, 5)
        print("set", name)
    except (TypeError, AttributeError) as e:
        print(name, type(e).__name__, e)
for name in ["__closure__", "__globals__", "__code__", "__name__", "__qualname__", "__class__", "missing"]:
    try:
        delattr(g, name)
        print("deleted", name)
    except (TypeError, AttributeError) as e:
        print(name, type(e).__name__, e)

# What a function holds is released in func_clear's order when it dies.
def holder(a=Noisy("default")):
    "doc"
holder.__kwdefaults__ = {"k": Noisy("kwdefault")}
holder.__doc__ = Noisy("doc")
holder.__module__ = Noisy("module")
holder.x = Noisy("dict value")
holder.__annotations__ = {"r": Noisy("annotation")}
del holder
print("after del")

# A function whose attribute holds it: only the collector frees it (the function and its dict).
def cyclic():
    pass
cyclic.me = cyclic
cyclic.__doc__ = [cyclic]
gc.collect()
del cyclic
print(gc.collect())
