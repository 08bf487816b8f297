# *args/**kwargs errors and their messages
def f(a, b, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(f(1, 2, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
tests = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, d=1, a=5),
    lambda: f(d=1),
    lambda: f(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
def g(x, /, y, *, z):
    return x, y, z
for call in [lambda: g(1, 2, 3), lambda: g(x=1, y=2, z=3), lambda: g(1, 2), lambda: g(1, y=2, z=3, w=4), lambda: g(1, 2, z=3, y=4)]:
    try:
        print(call())
    except TypeError as e:
        print(e)
def h(a, b):
    pass
for call in [lambda: h(1, 2, 3), lambda: h(1), lambda: h(*[1, 2, 3]), lambda: h(**{"a": 1, "c": 2}), lambda: h(1, **{"a": 2})]:
    try:
        call()
    except TypeError as e:
        print(e)
def k(*args, **kwargs):
    return args, kwargs
print(k(*range(3), **{"x": 1}, y=2))
try:
    k(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print(e)
try:
    k(**{1: 2})
except TypeError as e:
    print(e)
try:
    k(*5)
except TypeError as e:
    print(e)
try:
    k(**[1])
except TypeError as e:
    print(e)
class C:
    def m(self, a): pass
try:
    C().m()
except TypeError as e:
    print(e)
try:
    C().m(1, 2)
except TypeError as e:
    print(e)
try:
    C.m(1)
except TypeError as e:
    print(e)
def noargs(): pass
try:
    noargs(1)
except TypeError as e:
    print(e)
try:
    noargs(x=1)
except TypeError as e:
    print(e)
def kwonly(*, a, b, c): pass
try:
    kwonly(1)
except TypeError as e:
    print(e)
try:
    kwonly(a=1)
except TypeError as e:
    print(e)
def many(a, b, c, d): pass
try:
    many(1)
except TypeError as e:
    print(e)
