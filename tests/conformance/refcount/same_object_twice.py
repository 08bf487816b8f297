# Passing the same object for two parameters gives two frame references.
import sys

class C:
    pass

def two(a, b):
    print("a is b:", a is b, "count:", sys.getrefcount(a))

def three(a, b, c):
    print("three times:", sys.getrefcount(a))

x = C()
two(x, x)
three(x, x, x)
two(x, C())
