# __getattr__ through method calls: LOAD_METHOD on an object with hooks
import sys
class P:
    def __init__(self):
        self.data = {"a": 1}
    def __getattr__(self, name):
        print("getattr", name, sys.getrefcount(self))
        if name == "fail":
            raise KeyError(name)
        return lambda *args: (name, args)
    def real(self):
        return "real"
p = P()
print(p.real())
print(p.anything(1, 2))
try:
    p.fail()
except KeyError as e:
    print("KeyError", e)
try:
    p.data.nothere()
except AttributeError as e:
    print("AttributeError", e)
class Q:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def m(self):
        return 5
print(Q().m())
try:
    Q().zz()
except AttributeError as e:
    print("AttributeError", e, e.name)
class R:
    def __getattr__(self, name):
        return self.get(name)
R().x
