# refcounts during function calls and returns
import sys
def show(x):
    return sys.getrefcount(x)
def nested(x):
    return show(x)
def star(*args):
    return sys.getrefcount(args[0])
def kw(**kwargs):
    return sys.getrefcount(kwargs["v"])
obj = object()
print(show(obj), nested(obj), star(obj), kw(v=obj))
lst = [obj]
print(show(lst[0]), sys.getrefcount(obj))
def ret(x):
    return x
y = ret(obj)
print(sys.getrefcount(obj))
def keep(x, store=[]):
    store.append(x)
    return len(store)
keep(obj); keep(obj)
print(sys.getrefcount(obj))
m = map(ret, [obj])
print(sys.getrefcount(obj))
print(next(m) is obj, sys.getrefcount(obj))
lam = lambda: obj
print(sys.getrefcount(obj))
