# exceptions around a cleared AttributeError keep their context as in python3
import sys
class A:
    def __getattr__(self, n):
        raise AttributeError(n)
try:
    getattr(A(), "x", None)
    raise ValueError("v")
except ValueError as e:
    print(repr(e.__context__))
try:
    raise KeyError("outer")
except KeyError:
    print(getattr(A(), "y", "dflt"), hasattr(A(), "z"))
    print(sys.exc_info()[0].__name__)
    try:
        raise TypeError("t")
    except TypeError as t:
        print(repr(t.__context__))
def gen():
    a = A()
    yield getattr(a, "q", 1)
    yield hasattr(a, "q")
print(list(gen()))
class H:
    def __getattr__(self, n):
        try:
            raise KeyError(n)
        except KeyError:
            raise AttributeError(n)
print(getattr(H(), "k", "ok"))
print(sys.exc_info())
getattr(A(), "final")
