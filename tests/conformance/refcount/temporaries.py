# A fresh object passed straight to getrefcount is held only by the argument.
import sys

class C:
    pass

def make():
    return C()

def ident(obj):
    return obj

x = C()
print("C():", sys.getrefcount(C()))
print("[]:", sys.getrefcount([]))
print("{}:", sys.getrefcount({}))
print("make():", sys.getrefcount(make()))
print("ident(x):", sys.getrefcount(ident(x)))
print("[x][0]:", sys.getrefcount([x][0]))
