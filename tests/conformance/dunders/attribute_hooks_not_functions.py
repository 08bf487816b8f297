# attribute hooks that are not plain functions: a callable instance, a staticmethod, a builtin, a partial
import functools
class Call:
    def __init__(self, tag):
        self.tag = tag
    def __call__(self, *a):
        print(self.tag, a[1:] if len(a) > 1 and not isinstance(a[0], str) else a)
        return self.tag
class A:
    __getattr__ = Call("getattr")
print(A().foo)
class B:
    __getattr__ = staticmethod(lambda *a: a)
print(B().z)
class C:
    __getattribute__ = Call("getattribute")
print(C().y)
class D:
    __setattr__ = Call("setattr")
    __delattr__ = Call("delattr")
d = D()
d.x = 5
del d.x
class E:
    __getattr__ = print
print(E().w)
class F:
    __getattr__ = functools.partial(print, "partial")
print(F().v)
