# __set_name__: type_new calls it on each attribute value whose type defines it, in dict order, with the class and the name
import sys, gc

class Field:
    def __init__(self, label):
        self.label = label
    def __set_name__(self, owner, name):
        print("set_name", self.label, owner.__name__, name, sys.getrefcount(self), list(owner.__dict__).count(name))
        self.name = name

class Plain:
    pass

class Model:
    a = Field("first")
    b = Plain()
    def method(self):
        pass
    c = Field("second")
    c_alias = c

print(Model.a.name, Model.c.name)

class Adder:
    def __set_name__(self, owner, name):
        owner.added = name
        print("adding during set_name", name)

class Grows:
    x = Adder()
print(Grows.added)

class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)

try:
    class Broken:
        ok = Field("before")
        bad = Boom()
        never = Field("after")
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)

class Later:
    pass
f = Field("late")
Later.z = f
print(hasattr(f, "name"))

class Quiet:
    def __set_name__(self, owner, name):
        self.name = name
gc.collect()
class Counted:
    q = Quiet()
    r = Quiet()
print(gc.get_count(), Counted.r.name)
