# Warm code: from the eighth RESUME or backward jump, 3.11's specialized str(x) packs no argument tuple (gc counts, refcounts in __str__)
import gc, sys
class S:
    def __str__(self):
        return "S%d" % sys.getrefcount(self)
s = S()
def f():
    return str(s)
print([f() for i in range(10)])
def gen():
    while True:
        gc.collect()
        a = gc.get_count()[0]
        t = str(5)
        yield gc.get_count()[0] - a
g = gen()
print([next(g) for i in range(10)])
def w():
    out = []
    i = 0
    while i < 10:
        gc.collect()
        a = gc.get_count()[0]
        t = str(i)
        out.append(gc.get_count()[0] - a)
        i += 1
    return out
print(w())
def w2():
    out = []
    i = 0
    while True:
        gc.collect()
        a = gc.get_count()[0]
        t = str(i)
        out.append(gc.get_count()[0] - a)
        i += 1
        if i == 10:
            break
    return out
print(w2())
print([str(s) for i in range(10)])
def thrower():
    while True:
        try:
            yield str(s)
        except ValueError:
            pass
t = thrower()
print(next(t), [t.throw(ValueError) for i in range(9)])
out = []
for i in range(14):
    gc.collect()
    a = gc.get_count()[0]
    s = str(i)
    out.append(gc.get_count()[0] - a)
print(out)
def h():
    res = []
    for i in range(12):
        gc.collect()
        a = gc.get_count()[0]
        s = str(i)
        res.append(gc.get_count()[0] - a)
    return res
print(h())
def k(x):
    gc.collect()
    a = gc.get_count()[0]
    s = str(x)
    return gc.get_count()[0] - a
print([k(5) for i in range(7)], k(int), k(int))
def m(f):
    gc.collect()
    a = gc.get_count()[0]
    s = f(5)
    return gc.get_count()[0] - a
print([m(float) for i in range(9)], [m(str) for i in range(5)])
print([m(str) for i in range(3)])
