# *args builds a tuple and **kwargs a dict; each holds the passed object.
import sys

class C:
    pass

def star(*args):
    print("args[0]:", sys.getrefcount(args[0]))

def double_star(**kw):
    print("kw['a']:", sys.getrefcount(kw["a"]))

def both(*args, **kw):
    print("in both:", sys.getrefcount(args[0]))

x = C()
star(x)
double_star(a=x)
both(x, b=x)
items = [x]
star(*items)
print("after the calls:", sys.getrefcount(x))
