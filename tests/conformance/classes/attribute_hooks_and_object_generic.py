# A class's own __setattr__, __delattr__ and __getattribute__ calling object's generic ones; counts of what they store and drop
import sys


class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)

    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)


item = [1000]
obj = Logged()
obj.x = item
print(obj.x, sys.getrefcount(item))
del obj.x
print(sys.getrefcount(item), hasattr(obj, "x"), hasattr(obj, "secret"))
try:
    obj.secret_key
except AttributeError as error:
    print("AttributeError", error)
try:
    object.__setattr__(obj, 5, 1)
except TypeError as error:
    print(error)
try:
    object.__delattr__(obj, "missing")
except AttributeError as error:
    print(error)


class WithProperty:
    @property
    def p(self):
        return "prop"

    @p.setter
    def p(self, value):
        print("setter got", value)


w = WithProperty()
object.__setattr__(w, "p", 3)
print(object.__getattribute__(w, "p"), hasattr(w, "__setattr__"))
