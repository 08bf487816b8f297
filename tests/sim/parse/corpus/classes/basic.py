class A:
    pass
class B(A):
    x = 1
    def method(self):
        return self.x
class C(A, B, metaclass=Meta):
    pass
class D():
    pass
class E(*bases, **kw):
    pass
