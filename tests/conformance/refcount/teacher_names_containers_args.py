# refcounts of names, containers and args as a teacher would show
import sys
x = [1, 2, 3]
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
box = {"k": x, "l": [x, x]}
print(sys.getrefcount(x))
def f(a, *rest, **kw):
    return sys.getrefcount(a)
print(f(x))
print(f(x, x, k=x))
del box
print(sys.getrefcount(x))
t = (x,) * 3
print(sys.getrefcount(x))
del y, t
print(sys.getrefcount(x))
