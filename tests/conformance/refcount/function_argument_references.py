# function arguments and return values: how many references a callee sees
import sys
def look(x):
    return sys.getrefcount(x)
def look_twice(x, y):
    return sys.getrefcount(x)
def passthrough(x):
    return x
obj = object()
items = [1, 2]
print("module", sys.getrefcount(items))
print("one arg", look(items))
print("same twice", look_twice(items, items))
print("kw", look(x=items))
r = passthrough(items)
print("returned", sys.getrefcount(items))
del r
print("after del", sys.getrefcount(items))
print("nested", look(passthrough(items)))
args = (items,)
print("star", look(*args))
print("star kw", look(**{"x": items}))
print("lambda", (lambda v: sys.getrefcount(v))(items))
