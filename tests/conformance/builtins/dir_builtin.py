# dir(): an instance's and a class's attributes along the MRO, __slots__ classes, a function's and a class body's names, a module's, a custom __dir__.
class A:
    x = 1
    def m(self): pass
a = A(); a.y = 2
print(dir(a))
print(dir(A))
class S:
    __slots__ = ('p',)
print(dir(S()))
class E(Exception): pass
def f(arg):
    local = 1
    def inner(): return local
    print(dir())
f(0)
class B(A):
    z = 3
    print(dir())
print([n for n in dir(B()) if not n.startswith("_")])
import math
print([n for n in dir(math) if n.startswith("f")])
print([n for n in dir("") if not n.startswith("_")][:10])
class D:
    def __dir__(self):
        return ("b", "a", "c")
print(dir(D()))
class Bad:
    def __dir__(self):
        return 5
try:
    dir(Bad())
except TypeError as e:
    print(e)
