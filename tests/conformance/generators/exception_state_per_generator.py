# A generator keeps the exception it is handling to itself (sys.exc_info, chaining, bare raise see the caller's only while it handles none); throw() chains only to the generator's own.
import sys
def g():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        print("in gen after resume", sys.exc_info()[0])
        yield 2
x = g()
next(x)
print("caller", sys.exc_info())
try:
    1 / 0
except ZeroDivisionError as e:
    print("ctx", repr(e.__context__))
    next(x)
    print("caller in except", sys.exc_info()[0])
try:
    raise ValueError
except ValueError as e:
    print(repr(e.__context__))
def g():
    try:
        yield 1
    except ValueError as e:
        print("gen got", repr(e), "ctx", repr(e.__context__), sys.exc_info()[0])
        yield 2
    print("after", sys.exc_info()[0])
    yield 3
x = g()
next(x)
try:
    raise KeyError("outer")
except KeyError:
    print(x.throw(ValueError("thrown")))
    print("caller sees", sys.exc_info()[0])
print(next(x))
print("top", sys.exc_info())
def h():
    print("h sees", sys.exc_info()[0])
    yield
    try:
        raise
    except RuntimeError as e:
        print("h", e)
    yield
y = h()
try:
    raise IndexError
except IndexError:
    next(y)
next(y)
def k():
    try:
        raise TypeError("in k")
    except TypeError:
        yield "suspended in except"
        raise
z = k()
print(next(z))
try:
    raise OSError("outside")
except OSError:
    try:
        next(z)
    except TypeError as e:
        print("reraised", repr(e), repr(e.__context__))
import gc
def leak():
    try:
        raise ValueError("held")
    except ValueError:
        yield
w = leak(); next(w)
print(sys.getrefcount(w), gc.is_tracked(w))
del w
print(gc.collect())
def stopper():
    yield 1
    raise StopIteration("x")
try:
    list(stopper())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)
try:
    for v in stopper(): pass
except RuntimeError as e:
    print("for", repr(e))
def sub():
    yield 1
    next(iter([]))
def deleg():
    yield from sub()
try:
    print(list(deleg()))
except RuntimeError as e:
    print("deleg", repr(e), repr(e.__cause__))
print(list(x for x in [1, 2] if x < next(iter([5]))))
