# An inconsistent hierarchy cannot be linearized: TypeError at class creation.
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
print("defining C")
class C(A, B): pass
