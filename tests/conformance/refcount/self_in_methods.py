# self in a method call, and through a stored bound method which holds self too.
import sys

class K:
    def m(self):
        print("self inside k.m():", sys.getrefcount(self))

k = K()
k.m()
bm = k.m
print("bound method holds self:", sys.getrefcount(k))
bm()
print("bm.__self__ is k:", bm.__self__ is k)
print("k.m is k.m:", k.m is k.m)
del bm
print("after del bm:", sys.getrefcount(k))
