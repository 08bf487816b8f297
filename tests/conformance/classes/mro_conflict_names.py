# MRO conflicts name the classes C3 could not place, in CPython 3.11's words; duplicate bases are refused first.
class X: pass
class Y: pass
class Z(X): pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class D(X, Z): pass
except TypeError as e:
    print(repr(str(e)))
try:
    class E(A, A): pass
except TypeError as e:
    print(repr(str(e)))
class F(Z, X): pass
print([c.__name__ for c in F.__mro__])
class C(A, B): pass
