# ExitStack unwinding with exceptions: suppression by a later-registered exit, new exceptions chained as nested withs chain them
from contextlib import ExitStack, contextmanager, suppress


def chain(exc):
    parts = []
    while exc is not None:
        parts.append(repr(exc))
        exc = exc.__context__
    return " <- ".join(parts)


def raiser(error):
    def callback():
        print("  raising", repr(error))
        raise error
    return callback


print("callbacks raising, innermost registered last:")
try:
    with ExitStack() as stack:
        stack.callback(raiser(KeyError("first registered")))
        stack.callback(raiser(IndexError("second registered")))
        raise ValueError("body")
except Exception as e:
    print("  escaped:", chain(e))

print("the same as nested with statements:")


@contextmanager
def raising_on_exit(error):
    try:
        yield
    finally:
        print("  raising", repr(error))
        raise error


try:
    with raising_on_exit(KeyError("outer")):
        with raising_on_exit(IndexError("inner")):
            raise ValueError("body")
except Exception as e:
    print("  escaped:", chain(e))

print("a suppressing exit in the middle:")
with ExitStack() as stack:
    stack.callback(print, "  outermost callback still runs")
    stack.enter_context(suppress(IndexError))
    stack.callback(raiser(IndexError("from callback")))
print("  everything suppressed")

print("suppressed body exception, then a new one:")
try:
    with ExitStack() as stack:
        stack.callback(raiser(RuntimeError("late")))
        stack.enter_context(suppress(ValueError))
        raise ValueError("body")
except RuntimeError as e:
    print("  escaped:", chain(e))

print("push'd exit that suppresses:")


def swallow_all(exc_type, exc, tb):
    print("  swallowing", exc_type.__name__ if exc_type else None)
    return True


with ExitStack() as stack:
    stack.push(swallow_all)
    raise OSError("body")
print("  suppressed, with returned normally")

print("exception inside an exception handler:")
try:
    try:
        raise TypeError("being handled")
    except TypeError:
        with ExitStack() as stack:
            stack.callback(raiser(KeyError("cleanup")))
            raise ValueError("body")
except Exception as e:
    print("  escaped:", chain(e))

print("close() with a failing callback:")
stack = ExitStack()
stack.callback(print, "  still runs after the failure")
stack.callback(raiser(ZeroDivisionError("in close")))
try:
    stack.close()
except ZeroDivisionError as e:
    print("  close raised:", chain(e))

print("__exit__ return values:")
stack = ExitStack()
stack.push(swallow_all)
print("  with exception:", stack.__exit__(ValueError, ValueError("v"), None))
stack = ExitStack()
stack.push(swallow_all)
print("  without exception:", stack.__exit__(None, None, None))
