# chained exceptions: raise from, __context__, __suppress_context__, uncaught traceback
class AppError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError(f"bad input {s!r}") from e
def load(items):
    out = []
    for it in items:
        out.append(parse(it))
    return out
try:
    load(["1", "x"])
except AppError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no ctx") from None
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
def cleanup():
    try:
        raise OSError("disk")
    finally:
        print("cleanup")
def outer():
    try:
        cleanup()
    except OSError as e:
        raise LookupError("wrapped") from e
    finally:
        print("outer finally")
def main():
    try:
        outer()
    except LookupError:
        x = [1][2]
main()
