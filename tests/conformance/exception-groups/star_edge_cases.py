# except* in a generator, raise e (a new raise) inside a clause, a naked BaseException, an error in the type expression, bare raise to an inner except, weak references to a group
import weakref, sys
g = ExceptionGroup("w", [ValueError()])
r = weakref.ref(g)
print(r() is g)
del g
print(r())
def gen():
    try:
        yield 1
        raise ExceptionGroup("gen", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield repr(e)
    except* TypeError as e:
        yield repr(e)
print(list(gen()))
def raise_e():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
try:
    raise_e()
except ExceptionGroup as g:
    print(repr(g), [type(x).__name__ for x in g.exceptions])
try:
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as e:
        print(type(e).__name__, repr(e))
        raise ValueError("inside")
except ValueError as v:
    print("plain", repr(v), repr(v.__context__))
def bad_type():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* undefined_name:
        pass
try:
    bad_type()
except NameError as n:
    print(n, repr(n.__context__))
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as e:
    try:
        raise
    except ExceptionGroup as inner:
        print("inner", repr(inner))
try:
    raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
except* ValueError as e:
    print(e.exceptions)
    e2 = e
print(sys.getrefcount(e2))
