# A suspended generator's frame holds its arguments and locals.
import sys

class C:
    pass

def gen(item):
    yield 1
    yield 2

x = C()
g = gen(x)
print("before first next:", sys.getrefcount(x))
next(g)
print("suspended:", sys.getrefcount(x))
for _ in g:
    pass
print("exhausted:", sys.getrefcount(x))
