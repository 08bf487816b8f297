# __del__ still runs for an object whose __init__ raised; __new__ returning another type skips __init__
class Half:
    def __init__(self, ok):
        self.started = True
        if not ok:
            raise ValueError("init failed")
        self.done = True
    def __del__(self):
        print("__del__ of", vars(self))
try:
    Half(False)
except ValueError as e:
    print("ValueError:", e)
print("after failed construction")
h = Half(True)
del h
class Other:
    def __del__(self): print("Other freed")
class Weird:
    def __new__(cls, *args):
        print("Weird.__new__", args)
        return Other()
    def __init__(self, *args):
        print("never called")
w = Weird(1, 2)
print(type(w).__name__)
del w
class Cached:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("__init__ runs every time")
print(Cached() is Cached())
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
class BadDel:
    def __del__(self):
        raise RuntimeError("oops in del")
b = BadDel()
del b
print("continues after ignored exception")
