# __get__, __set__ and __delete__ called by name: function.__get__ makes bound methods by hand, property runs its accessors, staticmethod and classmethod give their callables; wrap_descr_get's argument rules, errors and refcounts.
import sys


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class C:
    def f(self, x=1):
        return ("f", type(self).__name__, x)

    @property
    def p(self):
        return "property of " + type(self).__name__

    @staticmethod
    def s(*a):
        return ("static", a)

    @classmethod
    def k(cls, *a):
        return ("class", cls.__name__, a)


def g(self):
    return "g on " + repr(self)


c = C()
attempt("function get", lambda: g.__get__(5)())
attempt("function get None", lambda: g.__get__(None, C) is g)
attempt("function get type", lambda: type(g.__get__(5, int)).__name__)
attempt("function get repr", lambda: repr(g.__get__(5)))
attempt("function get no args", lambda: g.__get__())
attempt("function get None None", lambda: g.__get__(None, None))
attempt("function get 3 args", lambda: g.__get__(1, 2, 3))
attempt("method __self__", lambda: g.__get__(5).__self__)
attempt("method of class function", lambda: C.f.__get__(c)(7))
attempt("property get", lambda: C.__dict__["p"].__get__(c))
attempt("property get None", lambda: C.__dict__["p"].__get__(None, C) is C.__dict__["p"])
attempt("property get with type", lambda: C.__dict__["p"].__get__(c, C))
attempt("property get no args", lambda: C.__dict__["p"].__get__())
attempt("property set", lambda: C.__dict__["p"].__set__(c, 1))
attempt("property delete", lambda: C.__dict__["p"].__delete__(c))
attempt("property set 1 arg", lambda: C.__dict__["p"].__set__(1))
attempt("property delete no args", lambda: C.__dict__["p"].__delete__())
attempt("setter runs", lambda: property(None, lambda s, v: print("set", v)).__set__(c, 9))
attempt("deleter runs", lambda: property(None, None, lambda s: print("deleted")).__delete__(c))
attempt("unnamed property", lambda: property().__get__(1))
attempt("staticmethod get", lambda: C.__dict__["s"].__get__(c)(1))
attempt("staticmethod get None", lambda: C.__dict__["s"].__get__(None, C)(2))
attempt("staticmethod uninitialized", lambda: staticmethod.__new__(staticmethod).__get__(1))
attempt("classmethod get", lambda: C.__dict__["k"].__get__(c)(3))
attempt("classmethod get type", lambda: C.__dict__["k"].__get__(None, int)(4))
attempt("classmethod get None None", lambda: C.__dict__["k"].__get__(None, None))
attempt("builtin method get", lambda: list.append.__get__([1])(2))
attempt("builtin method get None", lambda: list.append.__get__(None, list))
attempt("builtin method wrong type", lambda: str.upper.__get__(1))
print(repr(C.__dict__["p"].__get__).split(" at ")[0])
print(type(g).__dict__["__get__"], property.__set__, classmethod.__get__)


class Outer:
    class Inner:
        p = property()
        q = p
    Inner.r = property()


inner = Outer.Inner()
for name in "pqr":
    for action in (getattr, setattr, delattr):
        try:
            action(inner, name, 1) if action is setattr else action(inner, name)
        except AttributeError as e:
            print(name, action.__name__, e)

before = sys.getrefcount(g)
m = g.__get__(c)
print("bound by hand holds the function and the object:", sys.getrefcount(g) - before, m.__func__ is g, m.__self__ is c)
del m
print("released:", sys.getrefcount(g) - before)
