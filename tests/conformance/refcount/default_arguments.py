# A default value is held by the function's __defaults__ tuple.
import sys

class C:
    pass

x = C()
print("before def:", sys.getrefcount(x))

def f(a=x):
    return a

print("after def:", sys.getrefcount(x))
print("defaults tuple holds it:", f.__defaults__[0] is x)
print("returned default:", sys.getrefcount(f()))
del f
print("after del f:", sys.getrefcount(x))
