# Class keywords passed to __init_subclass__ (implicitly a classmethod) with super().__init_subclass__(**kwargs), object's TypeError for keywords left over, __set_name__ before __init_subclass__, and __class_getitem__; refcounts of the class and the keyword values
import sys, gc

class Plugin:
    plugins = []

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        print("register", cls.__name__, sys.getrefcount(cls), sys.getrefcount(token))
        cls.plugin_name = name
        Plugin.plugins.append(cls)


token = object()
print(sys.getrefcount(token))


class A(Plugin, name=token):
    print("body", sys.getrefcount(token))


print(sys.getrefcount(token), A.plugin_name is token)


class B(A):
    pass


print(B.plugin_name, type(Plugin.__dict__["__init_subclass__"]).__name__)


class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)


class C(Plugin, name="c"):
    d = Desc()


try:
    class Bad(Plugin, name="bad", colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Plain(flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)


class Gen:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


class Gen2(Gen):
    pass


print(Gen[int], Gen2["x"], type(Gen.__dict__["__class_getitem__"]).__name__)
print(len(Plugin.plugins))
Plugin.plugins.clear()
del A, B, C
n = gc.collect()
print(n, sys.getrefcount(token))
