# object.__str__ is the type's repr whatever str() says; bytes, bytearray, classmethod, staticmethod and super have their own slots
print(repr(object.__str__('abc')), object.__str__(5), object.__str__(ValueError('x')), object.__str__(b'ab'))
class E(Exception):
    __str__ = object.__str__
print(str(E('m')))
class B:
    __str__ = int.__str__
    def __repr__(self): return "B-repr"
print(str(B()), int.__str__ is object.__str__)
class C:
    @classmethod
    def f(cls): pass
    @staticmethod
    def g(): pass
class D(C):
    def h(self):
        return super()
print(type(C.__dict__['f']).__repr__ is object.__repr__, repr(C.__dict__['f'])[:22], classmethod.__repr__(C.__dict__['f'])[:22])
print(staticmethod.__repr__(C.__dict__['g'])[:23], super.__repr__(D().h()))
print(bytes.__str__(b'a'), bytearray.__str__(bytearray(b'xy')), object.__str__(b'q'))
class S(str):
    def __repr__(self): return "S!"
print(object.__str__(S("x")), str.__str__(S("x")), str(S("y")))
