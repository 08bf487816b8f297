# class registry via __init_subclass__ and via a metaclass; weak registries and collection
import gc, sys, weakref

class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print("registered", key, "kw", kw)

class Csv(Plugin):
    pass
class Json(Plugin, name="js"):
    pass
print(sorted(Plugin.registry))
print("refs Csv", sys.getrefcount(Csv))

class Meta(type):
    classes = weakref.WeakValueDictionary()
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes[name] = cls
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag", "none")
    def __call__(cls, *a, **k):
        print("creating", cls.__name__, a)
        return super().__call__(*a, **k)

class Base(metaclass=Meta):
    def hello(self):
        return "hi from " + type(self).__name__
class Child(Base, tag="kid"):
    x = 1
print(Child().hello(), Child.tag, Base.tag)
print(sorted(Meta.classes))
print("type of Child", type(Child).__name__, "mro", [c.__name__ for c in Child.__mro__])
print("tracked", gc.is_tracked(Child))
def make():
    class Temp(Base):
        pass
    return Temp
T = make()
print(sorted(Meta.classes))
del T
print("after del:", sorted(Meta.classes))
print("collect", gc.collect() > 0)
print("after collect:", sorted(Meta.classes))
del Plugin.registry["csv"]
print(Base.__subclasses__())
