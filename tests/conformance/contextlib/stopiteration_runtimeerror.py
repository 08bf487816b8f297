# _GeneratorContextManager.__exit__'s special cases: StopIteration from the body (PEP 479), RuntimeError passed through, __exit__ called by hand
from contextlib import contextmanager


@contextmanager
def plain():
    yield


@contextmanager
def stops_on_anything():
    try:
        yield
    except BaseException as e:
        print("  generator saw", type(e).__name__)
        return


def attempt(label, manager, exc):
    try:
        with manager:
            raise exc
        print(label, "-> suppressed")
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e), "is same:", e is exc, "cause:", repr(e.__cause__))


attempt("StopIteration through plain", plain(), StopIteration("body"))
attempt("StopIteration swallowed", stops_on_anything(), StopIteration("body"))
attempt("RuntimeError through plain", plain(), RuntimeError("body"))
attempt("RuntimeError swallowed", stops_on_anything(), RuntimeError("body"))
attempt("GeneratorExit through plain", plain(), GeneratorExit("body"))


class MyStop(StopIteration):
    pass


attempt("StopIteration subclass", plain(), MyStop("sub"))


@contextmanager
def raises_runtime():
    try:
        yield
    except Exception as e:
        raise RuntimeError("wrapped") from e


attempt("RuntimeError of its own", raises_runtime(), ValueError("inner"))

# __exit__ by hand, with a type and no value: the manager makes the instance itself.
cm = stops_on_anything()
cm.__enter__()
print("manual exit returns", cm.__exit__(KeyError, None, None))

cm = plain()
cm.__enter__()
try:
    cm.__exit__(KeyError, None, None)
except KeyError as e:
    print("manual exit raised", repr(e))

cm = plain()
cm.__enter__()
print("clean exit returns", cm.__exit__(None, None, None))

cm = plain()
cm.__enter__()
try:
    cm.__exit__(StopIteration, StopIteration(7), None)
except RuntimeError as e:
    print("not reached", e)
else:
    print("returned normally for its own StopIteration")
