# Custom exception classes: __str__ in repr, tracebacks and chains, assert messages, suppression by __exit__, raise from None.
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "missing")
except AppError as e:
    print(type(e).__name__, e, repr(e), e.code, isinstance(e, Exception))
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during handling")
except TypeError as e:
    print(repr(e.__context__))
e = Exception("a", 2)
print(e.args, str(e), repr(Exception()), str(KeyError("k")), str(KeyError()), repr(ValueError("x")))
print(issubclass(KeyError, LookupError), ZeroDivisionError.__mro__[1].__name__, BaseException in Exception.__mro__)
def gen_err():
    raise IndexError("from func")
try:
    gen_err()
except (KeyError, IndexError) as err:
    print("multi", err)
else:
    print("no")
class Ctx:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None)
        return True
with Ctx():
    raise ValueError("suppressed")
print("after suppressed")
raise NotFound(500, "final") from None
