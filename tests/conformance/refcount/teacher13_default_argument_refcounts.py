# sys.getrefcount of function default arguments: defaults are held by the function's __defaults__ tuple
import sys, gc

marker = object()
print(sys.getrefcount(marker))
def f(a=marker, b=marker):
    return a
print(sys.getrefcount(marker))
def g(*, k=marker):
    return k
print(sys.getrefcount(marker), g.__kwdefaults__ == {'k': marker})
f.__defaults__ = None
print(sys.getrefcount(marker))
del g
print(sys.getrefcount(marker))
def acc(x, seen=[]):
    seen.append(x)
    return seen
acc(1); acc(2)
print(acc.__defaults__, sys.getrefcount(acc.__defaults__[0]))
res = acc(3)
print(res is acc.__defaults__[0], sys.getrefcount(res))
def h(x=[]):
    x.append(h)
    return x
h()
del h
print(gc.collect())
