# setting or deleting a builtin object's read-only attribute: 'readonly attribute' for a member, "attribute 'x' of 'T' objects is not writable" for a getset
import functools, weakref, collections, sys
objs = [(range(3), "start"), (range(3), "step"), (slice(1), "stop"), (1j, "real"), ((1).real if False else 5, "real"), (1.5, "imag"),
        (property(), "fget"), (functools.partial(print), "func"), (staticmethod(len), "__func__"), (ValueError(), "args"),
        (StopIteration(1), "value"), ((x for x in ()), "gi_frame"), (memoryview if False else [].append, "__self__"), (len, "__name__"),
        (int, "__name__"), ("s", "nope"), (range(2), "nope"), ((lambda: 0).__code__, "co_name"), (KeyError(), "__traceback__")]
for o, a in objs:
    try:
        setattr(o, a, 1)
        print("set", a)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        delattr(o, a)
        print("deleted", a)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class C:
    def m(self): pass
    @classmethod
    def k(cls): pass
c = C()
r = weakref.ref(C)
objs = [(c.m, "__self__"), (c.m, "__func__"), (C.k, "__func__"), (classmethod(len), "__func__"), (super(C, c), "__thisclass__"), (super(C, c), "__self__"),
        (r, "__callback__"), (functools.partial(print), "args"), (iter([]), "x"), (zip(), "x"), (enumerate([]), "x"), (map(len, []), "x"), ({}.keys(), "x"),
        (1j, "imag"), (True, "real"), (b"x", "x"), (None, "x"), (NotImplemented, "x"), (Ellipsis, "x"), (object(), "x"), (C.m, "__name__"), ([].append, "__qualname__"),
        (range(2), "start"), (slice(1), "step"), (collections.deque(), "maxlen"), (type(None), "x")]
for o, a in objs:
    for f in (lambda: setattr(o, a, 1), lambda: delattr(o, a)):
        try:
            f()
            print("ok", a)
        except (AttributeError, TypeError) as e:
            print(type(e).__name__, e)
for o in (staticmethod(len), classmethod(len)):
    for a in ("__func__", "__isabstractmethod__", "__wrapped__", "x"):
        try:
            setattr(o, a, 1); print("set", a, getattr(o, a))
        except AttributeError as e: print(e)
        try:
            delattr(o, a); print("del", a)
        except AttributeError as e: print(e)
import sys
def f(): return sys._getframe() if hasattr(sys, "_getframe") else None
def g(): yield 1
try:
    1/0
except ZeroDivisionError as e:
    tb = e.__traceback__
objs = [(property(), "fget"), (property(), "__isabstractmethod__"), (g(), "gi_running"), (g(), "gi_code"), (f.__code__, "co_name"), (f.__code__, "co_varnames"),
        (tb, "tb_lineno"), (tb, "tb_frame"), (tb.tb_frame, "f_back"), (tb.tb_frame, "f_locals"), (tb.tb_frame, "f_code")]
for o, a in objs:
    for fn in (lambda: setattr(o, a, None), lambda: delattr(o, a)):
        try:
            fn(); print("ok", a)
        except (AttributeError, TypeError) as e:
            print(type(e).__name__, e)
