# Assigning an exception's args, __cause__, __context__, __traceback__ and __suppress_context__ goes through BaseException's setters: str/repr and the printed chain follow, refcounts move, bad values and deletion are refused
import sys

e = ValueError("original")
e.args = ["changed", 2]
print(e, repr(e), e.args, type(e.args).__name__)
e.args = "ab"
print(repr(e))
print(sorted(vars(e)))

for name, value in [("args", 5), ("__cause__", 5), ("__context__", "x"), ("__traceback__", 1),
                    ("__suppress_context__", 1), ("__suppress_context__", None)]:
    try:
        setattr(e, name, value)
    except TypeError as err:
        print(name, "->", err)
for name in ["args", "__cause__", "__context__", "__traceback__", "__suppress_context__"]:
    try:
        delattr(e, name)
    except TypeError as err:
        print("del", name, "->", err)

cause = KeyError("k")
print(sys.getrefcount(cause))
e.__cause__ = cause
print(sys.getrefcount(cause), e.__cause__ is cause, e.__suppress_context__)
e.__cause__ = None
print(sys.getrefcount(cause), e.__cause__, e.__suppress_context__)
e.__suppress_context__ = False
e.__context__ = cause
print(sys.getrefcount(cause), e.__context__ is cause)

try:
    raise e
except ValueError as caught:
    tb = caught.__traceback__
    caught.__traceback__ = None
    print(caught.__traceback__, type(tb).__name__, tb.tb_lineno)
    caught.__traceback__ = tb
    print(caught.__traceback__ is tb)
del tb, caught

try:
    1 / 0
except ZeroDivisionError as zero:
    wrapped = RuntimeError("wrapped by hand")
    wrapped.__cause__ = zero
    raise wrapped
