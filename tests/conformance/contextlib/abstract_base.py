# AbstractContextManager: a subclass gets __enter__ returning self, the module's managers derive from it, and C[int] is a GenericAlias
from contextlib import AbstractContextManager, ContextDecorator, ExitStack, suppress, nullcontext, closing


class Timer(AbstractContextManager):
    def __init__(self, label):
        self.label = label

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.label, exc_type)


with Timer("t1") as t:
    print("entered", type(t).__name__, t.label)

try:
    with Timer("t2"):
        raise ValueError("propagates: __exit__ returned None")
except ValueError as e:
    print("caught", e)


class Inherits(Timer):
    pass


with Inherits("t3") as d:
    print("inherited __enter__ gives", type(d).__name__)
print("base __exit__ returns", AbstractContextManager.__exit__(d, None, None, None))

for cls in (ExitStack, suppress, nullcontext, closing, Timer):
    print(cls.__name__, issubclass(cls, AbstractContextManager), isinstance(cls.__new__(cls), AbstractContextManager))

alias = AbstractContextManager[int]
print(alias, alias.__origin__ is AbstractContextManager, alias.__args__)
print(ExitStack[str], Timer[bytes].__origin__ is Timer)
print(issubclass(Timer, ContextDecorator), hasattr(ContextDecorator, "_recreate_cm"))
