# BaseException.add_note (3.11): __notes__ is a list made on the first note, printed under the message of an uncaught exception (chained ones too); with_traceback sets __traceback__.
import sys
def f():
    raise RuntimeError("x")
try:
    f()
except RuntimeError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
    t, v, tb2 = sys.exc_info()
    print(t.__name__, v is e, tb2 is tb)
    e2 = ValueError("y").with_traceback(tb)
    print(e2.__traceback__ is tb)
print(sys.exc_info())
try:
    raise ValueError("bad")
except ValueError as e:
    e.add_note("note one")
    e.add_note("multi\nline")
    print(e.__notes__)
try:
    ValueError().add_note(5)
except TypeError as e:
    print(e)
x = ValueError()
x.__notes__ = "not a list"
try:
    x.add_note("n")
except TypeError as e:
    print(e)
def inner():
    try:
        {}["k"]
    except KeyError as err:
        err.add_note("while looking up k")
        raise
try:
    inner()
except KeyError as err:
    print(err.__notes__)
e = KeyError("k")
e.add_note("while looking up")
try:
    raise TypeError("outer")
except TypeError as t:
    t.add_note("outer note")
    raise e from t
