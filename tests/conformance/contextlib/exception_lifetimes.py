# While an exception that went through contextlib is handled, its traceback keeps frames (and what they hold) alive; counts and __del__ show it
import gc
import sys
from contextlib import contextmanager, ExitStack


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


@contextmanager
def plain(obj):
    yield obj


@contextmanager
def failing_cleanup(obj):
    try:
        yield obj
    finally:
        raise KeyError("cleanup failed")


print("body error passing through a generator that does not catch it:")
r = Noisy("plain")
try:
    with plain(r):
        raise ValueError("body")
except ValueError as e:
    print("  handling, resource count", sys.getrefcount(r))
    depth = 0
    tb = e.__traceback__
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("  traceback objects", depth)
print("  handled, resource count", sys.getrefcount(r))
del r

print("cleanup raising another exception:")
r = Noisy("cleanup")
try:
    with failing_cleanup(r):
        raise ValueError("body")
except KeyError as e:
    print("  handling", repr(e), "context", repr(e.__context__))
    print("  resource count while handled", sys.getrefcount(r))
del r
print("  after the handler")

print("generator that never yields:")


@contextmanager
def empty(obj):
    if False:
        yield


r = Noisy("empty")
try:
    with empty(r):
        pass
except RuntimeError as e:
    print("  handling", e, "count", sys.getrefcount(r))
del r
print("  after the handler")

print("ExitStack callback raising:")
with ExitStack() as outer:
    pass
kept = Noisy("argument")
stack = ExitStack()
stack.callback(lambda obj: 1 / 0, kept)
del kept
try:
    stack.close()
except ZeroDivisionError as e:
    print("  handling", e)
print("  after the handler")
del stack

gc.collect()
seen = []
try:
    with plain(1):
        raise ValueError("counted")
except ValueError:
    seen.append(gc.get_count())
seen.append(gc.get_count())
try:
    with failing_cleanup(2):
        raise ValueError("counted")
except KeyError:
    seen.append(gc.get_count())
seen.append(gc.get_count())
print("gc counts", seen)
print("collected", gc.collect())
