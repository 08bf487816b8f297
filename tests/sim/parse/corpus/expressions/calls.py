f()
f(1)
f(1, 2, x=3)
f(*args)
f(**kwargs)
f(a, *b, c=1, **d)
f(*a, *b, **c, **d)
f(x=1, *rest)
f(a)(b)(c)
f(
    1,
    2,
)
