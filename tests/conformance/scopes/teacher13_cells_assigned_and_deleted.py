# Closure cells: default-argument capture, cells shared by two closures, deleting and assigning cell_contents, a generator holding its closure
import sys, gc
def make(n):
    cells = []
    for i in range(n):
        cells.append(lambda i=i: i)
    return cells
fs = make(3)
print(sys.getsizeof(fs[0]), sys.getsizeof(fs[0].__defaults__), fs[0].__closure__)
def outer():
    a = []; b = {}
    def f():
        return a, b
    return f
f = outer()
c = f.__closure__
print(len(c), sys.getsizeof(c), sys.getsizeof(c[0]), type(c[0]).__name__)
print(sys.getrefcount(c[0].cell_contents))
c[0].cell_contents.append(f)
del f, c
print(gc.collect())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def reset():
        nonlocal n
        n = 0
    return inc, reset
inc, reset = counter()
inc(); inc()
print(inc.__closure__[0].cell_contents)
reset()
print(inc.__closure__[0].cell_contents, inc())
del inc.__closure__[0].cell_contents
try:
    inc()
except NameError as e:
    print(type(e).__name__, e)
inc.__closure__[0].cell_contents = 100
print(inc())
def gen_closure():
    x = [1]
    def g():
        yield x
    return g()
gc.collect()
gg = gen_closure()
print(next(gg) is gg.gi_frame.f_locals.get('x', None), sorted(gg.gi_frame.f_locals))
print(sys.getsizeof(gg))
del gg
print(gc.collect())
