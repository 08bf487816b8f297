# A failing __init__ or __new__ releases the new object: at once, or once the traceback holding __init__'s frame is gone
import sys

class Noisy:
    def __new__(cls, mode):
        print("new", mode)
        if mode == "new fails":
            raise ValueError("from __new__")
        return super().__new__(cls)
    def __init__(self, mode):
        print("init", mode, sys.getrefcount(self))
        if mode == "init fails":
            raise ValueError("from __init__")
        if mode == "init returns":
            return mode
    def __del__(self):
        print("del", type(self).__name__)

for mode in ["new fails", "init fails", "init returns", "ok"]:
    try:
        x = Noisy(mode)
        print("made", mode)
        del x
    except (ValueError, TypeError) as e:
        print("caught", type(e).__name__, e)

class Keeper:
    kept = []
    def __new__(cls, value):
        self = super().__new__(cls)
        cls.kept.append(self)
        return self
    def __init__(self, value):
        if value < 0:
            raise ValueError(value)
        self.value = value
    def __del__(self):
        print("Keeper del", getattr(self, "value", "unset"))

try:
    Keeper(-1)
except ValueError as e:
    print("caught", e, len(Keeper.kept), sys.getrefcount(Keeper.kept[0]))
k = Keeper(5)
print(sys.getrefcount(k))
Keeper.kept.clear()
print("cleared")
del k
print("end")
