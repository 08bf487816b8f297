# functools.wraps/update_wrapper copy __module__, __name__, __qualname__, __doc__, __annotations__, update __dict__ and set __wrapped__ last; missing attributes are skipped
import functools

def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        "wrapper's own doc"
        return f(*args, **kwargs)
    return wrapper

def add(a: int, b: int = 2) -> int:
    "Add two numbers."
    return a + b
add.tag = "math"
original = add
add = deco(add)
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__annotations__, add.__annotations__ is original.__annotations__)
print(add.__wrapped__ is original, add.tag, sorted(add.__dict__), sorted(original.__dict__))
print(add(1), add(1, b=5))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

class Outer:
    def method(self):
        def inner():
            "inner doc"
        return inner
inner = Outer().method()
def plain():
    pass
functools.update_wrapper(plain, inner)
print(plain.__name__, plain.__qualname__, plain.__doc__, plain.__wrapped__ is inner)

# __wrapped__ is set after the __dict__ update: the wrapped function's own __wrapped__ is not copied over it.
twice = deco(add)
print(twice.__wrapped__ is add, twice.__wrapped__.__wrapped__ is original, twice.__name__)

# The partial wraps returns.
w = functools.wraps(original)
print(type(w).__name__, w.func is functools.update_wrapper, w.args, list(w.keywords))
print(w.keywords["wrapped"] is original, w.keywords["assigned"] is functools.WRAPPER_ASSIGNMENTS)
print(w.keywords["updated"] is functools.WRAPPER_UPDATES)

# Custom assigned and updated: any iterable of names.
def target():
    "target doc"
target.counter = 1
def custom():
    pass
custom.extra = {"a": 1}
r = functools.update_wrapper(custom, target, assigned=["__doc__"], updated=())
print(r is custom, custom.__name__, custom.__doc__, sorted(custom.__dict__))
def gen():
    yield "__name__"
    yield "__qualname__"
functools.update_wrapper(custom, target, gen(), [])
print(custom.__name__, custom.__qualname__)
functools.wraps(target, updated=("__dict__",), assigned=())(custom)
print(custom.__name__, custom.counter, sorted(custom.__dict__))

# Missing attributes are skipped: an instance has no __name__, __qualname__ or __annotations__.
class Callable:
    "Callable doc"
    def __call__(self):
        return 42
c = Callable()
c.note = "kept"
def wc():
    pass
functools.update_wrapper(wc, c)
print(wc.__name__, wc.__doc__, wc.__module__, wc.note, wc.__wrapped__ is c)

# A bound method, an lru_cache wrapper and a staticmethod give the function's attributes.
class K:
    def method(self, x: int):
        "method doc"
def wm():
    pass
functools.update_wrapper(wm, K().method)
print(wm.__name__, wm.__qualname__, wm.__doc__, wm.__annotations__, type(wm.__wrapped__).__name__)
cached = functools.lru_cache(maxsize=None)(original)
def wlru():
    pass
functools.update_wrapper(wlru, cached)
print(wlru.__name__, wlru.__doc__, wlru.__wrapped__ is cached, sorted(wlru.__dict__))
def wsm():
    pass
functools.update_wrapper(wsm, staticmethod(original))
print(wsm.__name__, wsm.__doc__, type(wsm.__wrapped__).__name__, sorted(wsm.__dict__))

# The wrapper can be any object taking attributes: a partial, an instance.
class Holder:
    pass
h = Holder()
functools.update_wrapper(h, original)
print(h.__name__, h.__qualname__, h.__doc__, h.__wrapped__ is original, sorted(vars(h)))
h2 = Holder()
functools.update_wrapper(h2, c)
print(sorted(vars(h2)), h2.__doc__, h2.note)
pp = functools.partial(print, "x")
functools.update_wrapper(pp, original)
print(pp.__name__, pp.__doc__, sorted(vars(pp)))
