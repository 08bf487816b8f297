# cm_descr_get (3.9 to 3.12): a classmethod asks what it wraps for its own __get__ with the class as object and type (@classmethod @property, a descriptor, a classmethod or staticmethod inside), else binds it to the class; a method descriptor bound to a class it does not apply to is refused.
import sys
class D:
    def __get__(self, obj, objtype=None):
        return ("got", obj.__name__, objtype.__name__)
def f(cls):
    return cls.__name__
class C:
    @classmethod
    @property
    def p(cls):
        return "prop of " + cls.__name__
    x = classmethod(D())
    twice = classmethod(classmethod(f))
    wrapped_static = classmethod(staticmethod(f))
    plain = classmethod(f)
    builtin = classmethod(len)
    method_descr = classmethod(str.upper)
print(C.p, C().p)
print(C.x, C().x)
print(C.twice(), C().twice())
print(C.wrapped_static is f)
print(C.plain(), C().plain())
print(C.builtin.__self__ is C, C.builtin.__name__)
try:
    print(C.method_descr)
except TypeError as e:
    print("TypeError", e)
class Sub(C):
    pass
print(Sub.p, Sub.twice())
print(sys.getrefcount(C) > 2)
