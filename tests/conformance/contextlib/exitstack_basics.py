# ExitStack: enter_context, callback, push and pop_all; exits run newest first, as nested with statements would
import sys
from contextlib import ExitStack, contextmanager


@contextmanager
def resource(name):
    print("open", name)
    yield name.upper()
    print("close", name)


def report(*args, **kwargs):
    print("callback", args, kwargs)


with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in ("a", "b", "c")]
    print("entered", names)
    returned = stack.callback(report, 1, 2, key="v")
    print("callback returns its function:", returned is report)
    print("inside the stack body")
print("stack unwound")


class Manager:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False


def plain_exit(exc_type, exc, tb):
    print("plain exit callback, got", exc_type)


with ExitStack() as stack:
    m = Manager("pushed")
    print("push returns its argument:", stack.push(m) is m)
    print("push of a function:", stack.push(plain_exit) is plain_exit)
    stack.enter_context(Manager("entered"))


def open_all(names):
    with ExitStack() as stack:
        managers = [stack.enter_context(resource(n)) for n in names]
        # Everything opened: keep it open past this with by moving the callbacks out.
        return managers, stack.pop_all()


opened, later = open_all(["x", "y"])
print("still open:", opened, type(later).__name__)
later.close()
print("closed by close()")
later.close()
print("a second close() does nothing")

stack = ExitStack()
stack.callback(print, "callback registered outside a with")
stack.callback(print, "runs first")
print("before close")
stack.close()


class Tracked:
    def __del__(self):
        print("del Tracked")


t = Tracked()
stack = ExitStack()
stack.callback(lambda obj: print("holding", type(obj).__name__), t)
print("held by the stack:", sys.getrefcount(t))
del t
print("deleted the name")
stack.close()
print("after close")
del stack
print("stack gone")


@contextmanager
def numbered(i):
    yield i


with ExitStack() as stack:
    got = [stack.enter_context(numbered(i)) for i in range(3)]
    print(got, len(stack._exit_callbacks))

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print(e)

try:
    with ExitStack() as stack:
        stack.enter_context(Tracked())
except TypeError as e:
    print(e)
print("end")
