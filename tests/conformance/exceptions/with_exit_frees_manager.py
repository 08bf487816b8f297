# when a with statement's manager dies with its bound __exit__, a suppressed exception is already gone
import gc
import sys

class Manager:
    def __init__(self, name, suppress):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, sys.getrefcount(exc) if exc else None)
        return self.suppress
    def __del__(self):
        alive = [type(o).__name__ for o in gc.get_objects() if isinstance(o, (KeyError, ValueError))]
        print("del", self.name, sys.exc_info()[0], alive)

with Manager("suppressing", True):
    raise KeyError("swallowed")
print("after suppressing")
try:
    with Manager("passing", False):
        raise ValueError("escapes")
except ValueError as e:
    print("caught", e, sys.getrefcount(e))
print("end")
