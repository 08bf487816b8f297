# @contextmanager and exceptions: the body's exception is thrown in at the yield; swallowing it suppresses; raising another chains
from contextlib import contextmanager


@contextmanager
def swallow(kind):
    try:
        yield "resource"
    except kind as e:
        print("generator caught", type(e).__name__, e)
    print("generator cleanup")


with swallow(ValueError):
    raise ValueError("bad value")
print("suppressed, carrying on")

try:
    with swallow(ValueError):
        raise KeyError("other")
except KeyError as e:
    print("escaped:", repr(e))


@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e


try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print(repr(e), "cause:", repr(e.__cause__), "context:", repr(e.__context__))


@contextmanager
def replace_in_finally():
    try:
        yield
    finally:
        raise RuntimeError("from cleanup")


try:
    with replace_in_finally():
        raise TypeError("from body")
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__), e.__suppress_context__)


@contextmanager
def reraise():
    try:
        yield
    except LookupError:
        print("logging and re-raising")
        raise


try:
    with reraise():
        {}["missing"]
except KeyError as e:
    print("caught again:", repr(e))


@contextmanager
def never_yields():
    print("setup only")
    if False:
        yield


try:
    with never_yields():
        print("not reached")
except RuntimeError as e:
    print(repr(e), e.__cause__, e.__context__, e.__suppress_context__)


@contextmanager
def yields_twice():
    yield 1
    print("second yield")
    yield 2


try:
    with yields_twice() as v:
        print("body", v)
except RuntimeError as e:
    print(repr(e))

try:
    with yields_twice():
        raise ValueError("inside")
except RuntimeError as e:
    print(repr(e))


@contextmanager
def keeps_going():
    try:
        yield
    except ValueError:
        print("ignoring ValueError")
    yield "again"


try:
    with keeps_going():
        raise ValueError("x")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
