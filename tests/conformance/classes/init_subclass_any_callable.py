# A base's __init_subclass__ may be a staticmethod or a callable object: super(cls, cls) finds it, the class keywords go to it.
class B:
    __init_subclass__ = staticmethod(lambda: print("static, no arguments"))
class C(B): pass
class Callable:
    def __call__(self, *a, **k): print("callable object", a, k)
class B2:
    __init_subclass__ = Callable()
class C2(B2, z=1): pass
class B3:
    @staticmethod
    def __init_subclass__(**kw): print("static", kw)
class C3(B3, a=1): pass
class B4:
    __init_subclass__ = classmethod(Callable())
class C4(B4, q=2): pass
class B5:
    __init_subclass__ = 42
try:
    class C5(B5): pass
except TypeError as e:
    print(e)
print("end")
