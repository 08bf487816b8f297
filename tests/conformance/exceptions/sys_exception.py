# sys.exception(): the exception being handled, as sys.exc_info()[1], None outside a handler, and its errors
import sys
print(sys.exception(), hasattr(sys, "exception"))
try:
    raise ValueError(1)
except ValueError:
    e = sys.exception()
    print(repr(e), e is sys.exc_info()[1], sys.getrefcount(e))
    try:
        raise KeyError(2)
    except KeyError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())
def gen():
    yield sys.exception()
try:
    raise TypeError("t")
except TypeError:
    g = gen()
    print(repr(next(g)))
try:
    sys.exception(1)
except TypeError as e:
    print(e)
