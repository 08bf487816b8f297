def f(a, b, /, c, d=1, *args, e, f=2, **kwargs):
    pass
def g(*, a, b=1):
    pass
def h(a, /):
    pass
def k(**kw):
    pass
def m(a, b=1, /, c=2):
    pass
def n(*args, a=1, b):
    pass
