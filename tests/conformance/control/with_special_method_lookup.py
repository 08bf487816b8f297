# with looks __enter__ and __exit__ up on the manager's type only (_PyObject_LookupSpecial), __enter__ first
import weakref
class Inst:
    def __init__(self):
        self.__enter__ = lambda: print("instance __enter__")
        self.__exit__ = lambda *a: print("instance __exit__")
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit")
class OnlyExit:
    @property
    def __exit__(self):
        print("__exit__ read")
        return lambda *a: None
class OnlyEnter:
    def __enter__(self):
        print("never called")
class Props:
    @property
    def __enter__(self):
        print("__enter__ read")
        return lambda: "value"
    @property
    def __exit__(self):
        print("__exit__ read")
        return lambda *a: None
class Fallback:
    def __getattr__(self, name):
        print("__getattr__", name)
        return lambda *a: None
class Slots:
    __slots__ = ("__enter__", "__exit__")
s = Slots()
s.__enter__ = lambda: 1
cm = CM()
for mgr in [Inst(), OnlyExit(), OnlyEnter(), Fallback(), weakref.proxy(cm), CM, s]:
    try:
        with mgr:
            print("body")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
with Props() as v:
    print(v)
with OnlyEnter():
    pass
