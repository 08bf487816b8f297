# What holds a class: its name, its own __mro__, the __dict__/__weakref__ descriptors, instances, subclasses, __class__ cells.
import sys


class Plain:
    pass


def count(cls):
    # Minus the argument and the frame's parameter.
    return sys.getrefcount(cls) - 2


print("bare class:", count(Plain))
first = Plain()
second = Plain()
print("with two instances:", count(Plain))
del first, second
print("instances gone:", count(Plain))

class Child(Plain):
    pass

print("base of one subclass:", count(Plain), "subclass:", count(Child))

class Sibling(Plain):
    pass

class Diamond(Child, Sibling):
    pass

print("diamond:", count(Plain), count(Child), count(Sibling), count(Diamond))

class UsesSuper(Plain):
    def method(self):
        return super().method()

class UsesClassCell:
    def one(self):
        return __class__

    def two(self):
        return __class__

print("__class__ cell:", count(UsesSuper), count(UsesClassCell))

class WithMethods:
    def a(self):
        pass

    def b(self):
        pass

print("methods do not hold their class:", count(WithMethods))


def make():
    class Local:
        pass
    print("local class:", count(Local))
    return Local


Made = make()
print("returned:", count(Made))
registry = {Plain: "plain", Child: "child"}
keep = [Plain, Plain]
print("dict key and list items:", count(Plain))
del registry, keep
print("released:", count(Plain))
print("type(x) is a new reference:", count(type(Made())))
