# functools.cached_property: the first read runs the function and stores its result in the instance dict, later reads find it there; its errors (no __set_name__, no __dict__, two names) and refcounts.
import functools
import gc
import sys


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        """The area, computed once."""
        print("computing area")
        return [3 * self.r * self.r]


c = Circle(2)
print(c.area, c.area, c.__dict__)
print("cached value refcount:", sys.getrefcount(c.__dict__["area"]))
del c.area
print(c.area)
c.area = "assigned"
print(c.area)
descriptor = Circle.__dict__["area"]
print(type(descriptor).__name__, Circle.area is descriptor, descriptor.attrname, descriptor.__doc__, descriptor.func.__name__)
print(sorted(vars(descriptor)))
print(descriptor.__get__(None, Circle) is descriptor)
unnamed = functools.cached_property(lambda self: 1)
attempt("without __set_name__", lambda: unnamed.__get__(Circle(1)))


class Slotted:
    __slots__ = ()

    @functools.cached_property
    def value(self):
        return 1


attempt("no __dict__", lambda: Slotted().value)
attempt("two names", lambda: type("Twice", (), {"a": unnamed, "b": unnamed}))
print(unnamed.attrname)


class Failing:
    @functools.cached_property
    def value(self):
        raise ValueError("not cached")


f = Failing()
attempt("error", lambda: f.value)
print(f.__dict__)


class Quiet:
    @functools.cached_property
    def items(self):
        return [1, 2]


gc.collect()
fresh = Quiet()
before = gc.get_count()
fresh.items
after = gc.get_count()
print("allocations of a first read:", after[0] - before[0])
