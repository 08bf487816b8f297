# gc.get_referents of a generator lists what 3.11's gen_traverse visits: its code, name and qualname, then while its frame lives the frame object, function, code, set locals and stack items, and the exception it handles.
import gc
def gen(limit):
    for i in range(limit):
        yield i
g = gen(2)
print([type(o).__name__ for o in gc.get_referents(g)])
r = gc.get_referents(g)
print(r[1], r[2], r[1] is r[2], r[0] is r[4], r[0] is g.gi_code)
next(g)
print([type(o).__name__ for o in gc.get_referents(g)])
class C:
    def m(self, x):
        y = x
        yield y
        yield from [1]
h = C().m(5)
print([type(o).__name__ for o in gc.get_referents(h)], gc.get_referents(h)[1:3])
next(h)
print([type(o).__name__ for o in gc.get_referents(h)])
next(h)
print([type(o).__name__ for o in gc.get_referents(h)])
for _ in h: pass
print([type(o).__name__ for o in gc.get_referents(h)])
def outer():
    z = 1
    def inner():
        yield z
    return inner()
k = outer()
print([type(o).__name__ for o in gc.get_referents(k)])
next(k)
print([type(o).__name__ for o in gc.get_referents(k)])
f = gen(3)
fr = f.gi_frame
print([type(o).__name__ for o in gc.get_referents(f)])
def gerr():
    try:
        raise KeyError(1)
    except KeyError:
        yield 1
e = gerr(); next(e)
print([type(o).__name__ for o in gc.get_referents(e)])
def cellgen(a):
    def use():
        return a
    yield use
cg = cellgen(3)
print([type(o).__name__ for o in gc.get_referents(cg)])
next(cg)
print([type(o).__name__ for o in gc.get_referents(cg)])
ge = (x for x in [1, 2])
print([type(o).__name__ for o in gc.get_referents(ge)])
next(ge)
print([type(o).__name__ for o in gc.get_referents(ge)])
