# late binding: closures made in a loop share one cell (the last value), default arguments capture each value; cells are unhashable
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def make():
    out = []
    for i in range(3):
        def f(): return i
        out.append(f)
    i = 10
    return out
hs = make()
print([h() for h in hs], len({id(h.__closure__[0]) for h in hs}))
try:
    {h.__closure__[0] for h in hs}
except TypeError as e:
    print("TypeError:", e)
print(fs[0].__closure__[0] is fs[1].__closure__[0], gs[0].__closure__)
import sys
print(sys.getrefcount(hs[0].__closure__[0]))
