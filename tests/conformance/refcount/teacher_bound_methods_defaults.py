# getrefcount of bound methods, defaults, class attrs
import sys
class A:
    shared = [1, 2]
    def m(self): return self
def f(x=[]): return x
a = A()
print(sys.getrefcount(a))
bm = a.m
print(sys.getrefcount(a), sys.getrefcount(bm))
print(bm.__self__ is a, bm.__func__ is A.m)
print(a.m is a.m, a.m == a.m)
print(sys.getrefcount(A.shared))
s = A.shared
print(sys.getrefcount(s))
print(sys.getrefcount(f.__defaults__[0]))
d = f()
print(sys.getrefcount(d))
d.append(1)
print(f(), f.__defaults__)
del bm
print(sys.getrefcount(a))
print(sys.getrefcount(A))
