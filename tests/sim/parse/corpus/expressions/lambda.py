a = lambda: 0
b = lambda x: x + 1
c = lambda x, y=2: x * y
d = lambda *args, **kwargs: (args, kwargs)
e = lambda a, /, b, *, c: a + b + c
f = lambda *, k=1: k
g = lambda x: lambda y: x + y
