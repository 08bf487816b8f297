# ImportError, AttributeError and NameError (and subclasses) take name=/path=/obj= keywords into fields; other exceptions refuse keywords
import sys, gc

class MyImp(ImportError): pass
class MyAttr(AttributeError): pass
class MyName(NameError): pass
class Holder:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)

e = MyImp("m", name="n", path="p")
print(e.args, e.name, e.path, e.msg, str(e))
e = ImportError("a", "b", path="p")
print(e.args, e.name, e.path, e.msg, str(e))
e = ModuleNotFoundError("gone", name="gone_mod")
print(type(e).__name__, e.name, e.msg)
o = Holder("o")
e = MyAttr("m", name="n", obj=o)
print(e.args, e.name, e.obj is o, sys.getrefcount(o))
del e
print(sys.getrefcount(o))
e = AttributeError("plain")
print(e.name, e.obj, vars(e))
e.name = "set later"
print(e.name, vars(e))
del e.name
print(e.name)
del e.name
print(e.name)
e = MyName("m", name="n")
e.__init__("again")
print(e.args, e.name)
print(NameError("x", name="y").name, UnboundLocalError("u", name="v").name)

# Errors: only these three take keywords, each its own
for cls in (ValueError, Exception, BaseException, KeyError, OSError, StopIteration, SystemExit):
    try:
        cls("x", a=1)
    except TypeError as ex:
        print(cls.__name__, ex)
for cls in (ImportError, MyImp, ModuleNotFoundError, AttributeError, MyAttr, NameError, MyName):
    try:
        cls("x", name="n", zz=1)
    except TypeError as ex:
        print(cls.__name__, ex)
try:
    NameError(path="p")
except TypeError as ex:
    print(ex)

class E(Exception): pass
class WithInit(Exception):
    def __init__(self, x, a=0):
        super().__init__(x)
        self.a = a
class ForwardsNew(Exception):
    def __new__(cls, *args, **kw):
        return super().__new__(cls, *args, **kw)
class ForwardsInit(ImportError):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        print("init done", self.name, self.args)
e = WithInit("x", a=1)
print(e.args, e.a)
for make in (lambda: E("x", a=1), lambda: ForwardsNew("x", a=1), lambda: ForwardsInit("x", name="fw"), lambda: ForwardsInit("x", bad=1)):
    try:
        make()
    except TypeError as ex:
        print("TypeError", ex)
print(BaseException.__new__(E, "x", a=1).args)

# The fields hold their objects: released in field order, before the args
def make_and_drop():
    e = MyImp(Holder("arg"), name=Holder("name"), path=Holder("path"))
    e.extra = Holder("extra")
    print("dropping")
make_and_drop()
e = MyAttr(name=Holder("n2"), obj=Holder("o2"))
print([type(r).__name__ for r in gc.get_referents(e)])
del e
print(sys.getsizeof(ImportError()) - sys.getsizeof(Exception()), sys.getsizeof(AttributeError()) - sys.getsizeof(Exception()), sys.getsizeof(NameError()) - sys.getsizeof(Exception()))

# A cycle through a field is collected
gc.collect()
e = MyAttr("cycle")
e.obj = e
del e
print(gc.collect())
gc.collect()
before = gc.get_count()[0]
e1 = ImportError("m", name="n")
e2 = MyImp("m", path="p")
after = gc.get_count()[0]
print(after - before)
for kw in ({"name": 1, "path": 2, "obj": 3}, {"name": 1, "obj": 2, "path": 3}):
    for cls in (ImportError, AttributeError):
        try:
            cls(**kw)
        except TypeError as ex:
            print(ex)
