# __set_name__ hooks that are not functions (5, None, print) are called as found and errors wrapped in RuntimeError, as type_new_set_names does
class D:
    def __init__(self, tag): self.tag = tag
    def __set_name__(self, owner, name):
        print("set_name", self.tag, owner.__name__, name)
class A:
    x = D(1)
    y = D(2)
    z = x
A.w = D(3)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class B:
        b = Bad()
except Exception as e:
    print(type(e).__name__ + ":", e, "| cause:", repr(e.__cause__))
class Wrong:
    def __set_name__(self):
        pass
try:
    class C:
        c = Wrong()
except Exception as e:
    print(type(e).__name__ + ":", e, "| cause:", repr(e.__cause__))
class NotCallable:
    __set_name__ = 5
try:
    class E:
        e = NotCallable()
except Exception as e:
    print(type(e).__name__ + ":", e)
class NoneSetName:
    __set_name__ = None
try:
    class G:
        g = NoneSetName()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
class BuiltinSetName:
    __set_name__ = print
class H:
    h = BuiltinSetName()
class F:
    f = Bad()
