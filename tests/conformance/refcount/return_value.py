# Returning an object moves the local's reference to the caller.
import sys

class C:
    pass

def build():
    obj = C()
    return obj

def passthrough(a):
    return a

r = build()
print("returned and bound:", sys.getrefcount(r))
s = passthrough(r)
print("returned parameter bound again:", sys.getrefcount(r))
print("chained:", sys.getrefcount(passthrough(passthrough(r))))
