# Errors around functools.wraps and update_wrapper: argument errors, non-str names, a wrapper that cannot take attributes, and a decorated function called wrongly (its message uses the wrapped __qualname__)
import functools

def f(a, b=1):
    "f doc"
    return a + b
def g():
    pass

for call in [
    lambda: functools.update_wrapper(g),
    lambda: functools.update_wrapper(),
    lambda: functools.update_wrapper(g, f, (), (), 5),
    lambda: functools.update_wrapper(g, f, wrapper=g),
    lambda: functools.update_wrapper(g, f, extra=1),
    lambda: functools.wraps(),
    lambda: functools.wraps(f, (), (), 1),
    lambda: functools.wraps(f, wrapped=f),
    lambda: functools.update_wrapper(g, f, [1]),
    lambda: functools.update_wrapper(g, f, 5),
    lambda: functools.update_wrapper(g, f, (), ["missing"]),
    lambda: functools.update_wrapper(g, f, (), ["__name__"]),
]:
    try:
        call()
        print("no error")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

# A wrapper with __slots__ cannot take the attributes.
class Slotted:
    __slots__ = ("x",)
try:
    functools.update_wrapper(Slotted(), f)
except AttributeError as e:
    print("AttributeError:", e)

# A __getattr__ on the wrapped object runs for the names it lacks, and its AttributeError is skipped.
class Proxy:
    def __getattr__(self, name):
        print("looking up", name)
        if name == "__name__":
            return "proxied"
        raise AttributeError(name)
def h():
    pass
functools.update_wrapper(h, Proxy())
print(h.__name__, h.__qualname__, h.__doc__)

# Another exception from a lookup goes out of update_wrapper.
class Broken:
    @property
    def __doc__(self):
        raise ValueError("no doc")
try:
    functools.update_wrapper(h, Broken())
except ValueError as e:
    print("ValueError:", e, h.__name__)

def deco(func):
    @functools.wraps(func)
    def wrapper(x, y):
        return func(x, y)
    return wrapper

@deco
def add(a, b):
    return a + b
print(add(1, 2))
try:
    add(1, z=3)
except TypeError as e:
    print("TypeError:", e)
add(1)
