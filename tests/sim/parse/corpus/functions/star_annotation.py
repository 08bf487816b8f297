def f(*args: *Ts, **kw: int):
    pass
x = a[*b]
y = a[*b, c]
f(*a or b)
