# context managers that own resources: __exit__ return values, suppression, nesting, ExitStack
import sys, gc
from contextlib import contextmanager, ExitStack, suppress, closing

class Resource:
    opened = []
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        Resource.opened.append(self.name)
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        Resource.opened.remove(self.name)
        print("exit", self.name, et.__name__ if et else None, "tb refs" if tb is None else sys.getrefcount(tb) > 1)
        return self.swallow
    def __del__(self):
        print("del", self.name)

with Resource("a") as a, Resource("b", swallow=True) as b:
    print("inside", Resource.opened)
    raise KeyError("k")
print("after with, opened", Resource.opened, "refs a", sys.getrefcount(a))
del a, b

try:
    with Resource("c"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", type(e).__name__, e.__traceback__.tb_lineno)

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("text", t)
with tag("q"):
    raise ValueError("bad")
print("survived")

with ExitStack() as stack:
    rs = [stack.enter_context(Resource(f"r{i}")) for i in range(3)]
    stack.callback(print, "callback ran")
    print("stack holds", len(rs))
del rs
print("exitstack done")

with suppress(IndexError, KeyError):
    [][1]
print("suppressed")

class Thing:
    def close(self):
        print("closing thing")
with closing(Thing()) as th:
    print("using", type(th).__name__)
del th
gc.collect()
print("end")
