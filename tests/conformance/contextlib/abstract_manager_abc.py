# AbstractContextManager is an abc.ABC: any class with __enter__ and __exit__ is one (its __subclasshook__), __exit__ is abstract, and subclassing the module's managers runs ABCMeta
import contextlib, gc, sys
from contextlib import AbstractContextManager, ExitStack, suppress


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


class HalfDuck:
    def __enter__(self):
        return self


class Opted(Duck):
    __exit__ = None


print(type(AbstractContextManager).__name__, AbstractContextManager.__abstractmethods__)
print(isinstance(Duck(), AbstractContextManager), issubclass(HalfDuck, AbstractContextManager), issubclass(Opted, AbstractContextManager))
print(isinstance(ExitStack(), AbstractContextManager), issubclass(suppress, contextlib.AbstractContextManager))


class NoExit(AbstractContextManager):
    def __enter__(self):
        return 1


try:
    NoExit()
except TypeError as e:
    print("TypeError:", e)

gc.collect()
before = gc.get_count()


log = []


class Stack(ExitStack):
    def __del__(self):
        log.append("del Stack")


middle = gc.get_count()
with Stack() as s:
    s.callback(log.append, "callback runs")
    inside = sys.getrefcount(s)
after = gc.get_count()
del s
print(before, middle, after, inside, log)
print(type(Stack).__name__, Stack.__abstractmethods__, gc.collect())
