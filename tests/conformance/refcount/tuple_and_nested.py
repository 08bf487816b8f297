# Tuples and nested containers hold their items; the outer container holds the inner one once.
import sys

class C:
    pass

x = C()
t = (x, x)
print("x in a pair:", sys.getrefcount(x))
inner = [x]
outer = [inner, inner]
print("inner list held twice:", sys.getrefcount(inner))
print("x:", sys.getrefcount(x))
del t
print("x after del t:", sys.getrefcount(x))
