# Inside a call, the parameter holds the object as well as the caller's name.
import sys

class C:
    pass

def one(a):
    print("parameter:", sys.getrefcount(a))

def with_alias(a):
    b = a
    print("parameter + local alias:", sys.getrefcount(a))

def nested(a):
    one(a)

x = C()
one(x)
with_alias(x)
nested(x)
one(C())
print("back at module level:", sys.getrefcount(x))
