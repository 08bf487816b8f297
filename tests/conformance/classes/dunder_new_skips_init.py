# type_call runs __init__ only when __new__ returned an instance of the class (a subclass's own __init__ then)
import sys

class Plain:
    def __init__(self):
        print("Plain.__init__ runs")

class Odd:
    def __new__(cls, kind):
        print("Odd.__new__", cls.__name__, kind)
        if kind == "int":
            return 42
        if kind == "none":
            return None
        if kind == "other":
            return Plain()
        if kind == "sub":
            return object.__new__(OddChild)
        return super().__new__(cls)
    def __init__(self, kind):
        print("Odd.__init__", type(self).__name__, kind)

class OddChild(Odd):
    def __init__(self, kind):
        print("OddChild.__init__", kind, sys.getrefcount(self))

for kind in ["int", "none", "other", "sub", "self"]:
    r = Odd(kind)
    print(" ->", type(r).__name__)

class BadInit:
    def __new__(cls):
        return super().__new__(cls)
    def __init__(self):
        return 5

try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)

class Counter:
    made = 0
    def __new__(cls, *args, **kwargs):
        cls.made += 1
        print("new", args, sorted(kwargs.items()))
        return super().__new__(cls)
    def __init__(self, a, b=2, *rest, c=3):
        print("init", a, b, rest, c)

Counter(1)
Counter(1, 5, 6, 7, c=9)
Counter(a=1, c=0)
print(Counter.made)
