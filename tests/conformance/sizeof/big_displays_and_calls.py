# Calls with many arguments, keywords around **, and method calls too long for LOAD_METHOD.
import sys
def f(*args, **kw):
    return len(args), sorted(kw.items())
a = [1]
print(f(a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a))
print(f(a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, k0=a, k1=a, k2=a, k3=a, k4=a, k5=a))
print(f(*a, x=1, y=2), f(*a, x=1), f(x=1, **{'y': 2}, z=3, w=4), f(**{'y': 2}, z=3))
print(f(k0=a, k1=a, k2=a, k3=a, k4=a, k5=a, k6=a, k7=a, k8=a, k9=a, k10=a, k11=a, k12=a, k13=a, k14=a, k15=a, **{'q': 1}))
class C:
    def m(self, *args, **kw):
        return len(args), len(kw), sys.getrefcount(a)
o = C()
print(o.m(a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a))
print(o.m(a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, z=a))
print(o.m(a, a, a, a, a, a, a, a, a, a), sys.getrefcount(a))
big = [a[0] + 0, a[0] + 1, a[0] + 2, a[0] + 3, a[0] + 4, a[0] + 5, a[0] + 6, a[0] + 7, a[0] + 8, a[0] + 9, a[0] + 10, a[0] + 11, a[0] + 12, a[0] + 13, a[0] + 14, a[0] + 15, a[0] + 16, a[0] + 17, a[0] + 18, a[0] + 19, a[0] + 20, a[0] + 21, a[0] + 22, a[0] + 23, a[0] + 24, a[0] + 25, a[0] + 26, a[0] + 27, a[0] + 28, a[0] + 29, a[0] + 30, a[0] + 31, a[0] + 32, a[0] + 33, a[0] + 34, a[0] + 35, a[0] + 36, a[0] + 37, a[0] + 38, a[0] + 39]
print(sys.getsizeof(big), sys.getsizeof((a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a)), sys.getsizeof({a[0] + 0, a[0] + 1, a[0] + 2, a[0] + 3, a[0] + 4, a[0] + 5, a[0] + 6, a[0] + 7, a[0] + 8, a[0] + 9, a[0] + 10, a[0] + 11, a[0] + 12, a[0] + 13, a[0] + 14, a[0] + 15, a[0] + 16, a[0] + 17, a[0] + 18, a[0] + 19, a[0] + 20, a[0] + 21, a[0] + 22, a[0] + 23, a[0] + 24, a[0] + 25, a[0] + 26, a[0] + 27, a[0] + 28, a[0] + 29, a[0] + 30, a[0] + 31, a[0] + 32, a[0] + 33, a[0] + 34}))
print([f.__code__.co_stacksize, C.m.__code__.co_stacksize])
def g1():
    yield f(a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a)
def g2():
    yield o.m(a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a)
def g3():
    yield f(*a, x=1, y=2, z=3)
def g4():
    yield f(k0=a, k1=a, k2=a, k3=a, k4=a, k5=a, k6=a, k7=a, k8=a, k9=a, k10=a, k11=a, k12=a, k13=a, k14=a, k15=a, k16=a)
print([sys.getsizeof(g()) for g in (g1, g2, g3, g4)])
