# A property's deleter runs on del; without one, del raises CPython 3.11's message. property() takes fget, fset, fdel.
class Box:
    def __init__(self):
        self._v = 1

    @property
    def value(self):
        return self._v

    @value.deleter
    def value(self):
        print("deleting value")
        del self._v

    @property
    def fixed(self):
        return 0

    def _get(self):
        return "got"

    def _del(self):
        print("deleted via property()")

    manual = property(_get, None, _del)


b = Box()
print(b.value, b.manual)
del b.value
print(hasattr(b, "_v"))
del b.manual
try:
    del b.fixed
except AttributeError as e:
    print("AttributeError:", e)
try:
    b.manual = 3
except AttributeError as e:
    print("AttributeError:", e)
print(Box.value.fdel is not None, Box.fixed.fdel, Box.manual.fset)
