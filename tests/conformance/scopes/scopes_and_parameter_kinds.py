# Scopes and parameters: class-body comprehensions, nonlocal/global, late-binding lambdas, keyword-only and positional-only parameters and their errors.
class K:
    base = 10
    vals = [base + i for i in range(3)] if False else None
    def m(self):
        return [self.base * i for i in range(2)]
print(K().m(), K.vals)
try:
    class K2:
        base = 1
        vals = [base for _ in range(2)]
except NameError as e:
    print("NameError:", e)
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__[0] is get.__closure__[0])
total = 0
def add(n):
    global total
    total += n
for i in range(4):
    add(i)
print(total)
def scope():
    try:
        print(undefined_local)
        undefined_local = 1
    except UnboundLocalError as e:
        print(e)
scope()
x = "global"
def shadow():
    x = "local"
    def inner():
        return x
    return inner()
print(shadow(), x)
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
print((lambda *a, **k: (a, k))(1, 2, z=3))
def kwonly(a, *, b, c=3): return a, b, c
print(kwonly(1, b=2))
try:
    kwonly(1, 2)
except TypeError as e:
    print(e)
def posonly(a, b, /, c): return a + b + c
print(posonly(1, 2, c=3))
try:
    posonly(a=1, b=2, c=3)
except TypeError as e:
    print(e)
def defaults(a, b=[], *args, c, d={}, **kw): return a, b, args, c, d, kw
print(defaults(1, c=2), defaults(1, 2, 3, 4, c=5, e=6))
def f(a, /, b, **kw): return a, b, kw
print(f(1, a=2, b=3))
def g(a, b, /):
    pass
for call in (lambda: g(1, b=2), lambda: g(a=1, b=2, c=3), lambda: g(1, 2, c=3)):
    try:
        call()
    except TypeError as e:
        print(e)
