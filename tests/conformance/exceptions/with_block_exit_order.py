# context managers: __enter__/__exit__ order, exceptions passed to __exit__, suppression
import sys
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError
    def __del__(self):
        print("del", self.name)
with Resource("a") as r:
    print("body", sys.getrefcount(r))
print("after with", r.name)
del r
with Resource("b"), Resource("c"):
    print("two")
with Resource("d"):
    raise KeyError("swallowed")
print("continued")
try:
    with Resource("e"):
        raise ValueError("escapes")
except ValueError as e:
    print("caught", e)
print("end")
