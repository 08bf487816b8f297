# A class body's own __class__ is a name of its namespace, apart from the cell its methods' __class__ and super() use.
class A:
    __class__ = "shadow"
    def f(self):
        return __class__
print(A.__dict__.get("__class__"), A().__class__, A().f())
class B:
    def f(self):
        return __class__
    try:
        print(__class__)
    except NameError as e:
        print(e)
print(B().f())
class C:
    __class__ = 1
    def g(self): return super().__init__
    print(__class__)
    del __class__
print("__class__" in C.__dict__, type(C().g).__name__)
class D:
    import sys as __s
    from math import pi as __pi, tau
    def m(self):
        import sys as __s
        from math import floor as __fl
        return sorted(locals())
print(D().m(), sorted(k for k in D.__dict__ if not k.startswith("__")))
class F: pass
F.__module__ = "mod"
print(F, F.__module__)
F.__module__ = None
print(F, F.__module__, repr(F()).split(" object")[0])
class G:
    __module__ = 5
print(G, repr(G()).split(" object")[0], G.__module__)
