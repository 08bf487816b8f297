# __new__ is inherited, looked up on the class at each call (so it can be replaced), and can be a classmethod
class Base:
    def __new__(cls, *args):
        print("Base.__new__ for", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("Base.__init__", type(self).__name__, args)

class Sub(Base):
    def __init__(self, x):
        print("Sub.__init__", x)
        super().__init__(x)

class SubSub(Sub):
    def __new__(cls, x):
        print("SubSub.__new__", x)
        return super().__new__(cls, x, "extra")

Base(1)
Sub(2)
SubSub(3)
print(Sub.__new__ is Base.__new__, Sub(4).__new__ is Base.__new__)

class Late:
    def __init__(self, x):
        print("Late.__init__", x)

Late(1)
def late_new(cls, x):
    print("late_new", cls.__name__, x)
    return object.__new__(cls)
Late.__new__ = late_new
Late(2)
Late.__new__ = staticmethod(late_new)
Late(3)
del Late.__new__
# tp_new stays slot_tp_new, which now calls object.__new__(Late, 4): an error, as in CPython
try:
    Late(4)
except TypeError as e:
    print("TypeError:", e)
print(Late.__new__ is object.__new__)
class LateChild(Late):
    pass
try:
    LateChild(5)
except TypeError as e:
    print("TypeError:", e)

class ViaClassmethod:
    @classmethod
    def __new__(cls, *args):
        print("classmethod __new__ got", [a.__name__ if isinstance(a, type) else a for a in args])
        return object.__new__(cls)
    def __init__(self, *args):
        print("init got", args)

ViaClassmethod(7)

class ViaStaticmethod:
    @staticmethod
    def __new__(cls, n):
        return n * 2

print(ViaStaticmethod(21))

class Factory:
    def __new__(cls, kind):
        if kind == "a":
            return super().__new__(A)
        return super().__new__(cls)
    def __init__(self, kind):
        print("Factory.__init__", type(self).__name__, kind)

class A(Factory):
    def __init__(self, kind):
        print("A.__init__", kind)

print(type(Factory("a")).__name__, type(Factory("b")).__name__)
