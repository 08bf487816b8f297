# sys.getsizeof finds __sizeof__ as _PyObject_LookupSpecial does: a method bound to the object (6 references to self inside, 5 raw), or whatever a property, staticmethod, classmethod or callable object gives
import sys, ctypes
class Method:
    def __sizeof__(self):
        print("method sees", sys.getrefcount(self), ctypes.c_long.from_address(id(self)).value)
        return 10
m = Method()
print(sys.getsizeof(m), sys.getsizeof(m, 0))
def local():
    inner = Method()
    return sys.getsizeof(inner)
print(local(), sys.getsizeof(Method()))
class Prop:
    @property
    def __sizeof__(self):
        print("property sees", sys.getrefcount(self))
        return lambda: 4
class Static:
    @staticmethod
    def __sizeof__():
        return 5
class Klass:
    @classmethod
    def __sizeof__(cls):
        return len(cls.__name__)
class Callable:
    def __call__(self):
        return 7
class WithCallable:
    __sizeof__ = Callable()
class Slotted:
    __slots__ = ("a",)
    @staticmethod
    def __sizeof__():
        return 1
print(sys.getsizeof(Prop()), sys.getsizeof(Static()), sys.getsizeof(Klass()), sys.getsizeof(WithCallable()), sys.getsizeof(Slotted()))
class Negative:
    @staticmethod
    def __sizeof__():
        return -1
class NotInt:
    __sizeof__ = property(lambda self: lambda: "big")
for bad in [Negative(), NotInt()]:
    try:
        sys.getsizeof(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sys.getsizeof(NotInt(), 99))
