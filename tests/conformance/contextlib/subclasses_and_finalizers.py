# Program subclasses of ExitStack and suppress with __del__, weakref.finalize on managers, and a stack in a cycle freed by the collector
import gc, sys
from contextlib import ExitStack, suppress, nullcontext, closing, ContextDecorator

class LoudStack(ExitStack):
    def __del__(self):
        print("del LoudStack", len(self._exit_callbacks))

class LoudSuppress(suppress):
    def __del__(self):
        print("del LoudSuppress")

with LoudStack() as s:
    s.callback(print, "cb")
print("after with")
del s
print("deleted")
with LoudSuppress(KeyError):
    raise KeyError
print("after suppress")
s = LoudStack()
s.callback(lambda: s)
del s
print("cycle made")
print(gc.collect())
t = LoudStack()
moved = t.pop_all()
print(type(moved).__name__)
del t, moved
print(sys.getsizeof(LoudStack()))
print("end")

import weakref
from contextlib import contextmanager


@contextmanager
def cm(tag):
    yield [tag]


m = cm("w")
r = weakref.ref(m)
weakref.finalize(m, print, "manager finalized")
with m as v:
    print(r() is m, v)
del m
print("after del", r())
cyc = ExitStack()
cyc.callback(lambda: cyc)
weakref.finalize(cyc, print, "stack finalized")
del cyc
print("collected", gc.collect())
