# weakref.proxy forwarding of operators and errors after death
import weakref
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __len__(self):
        return self.x
    def __iter__(self):
        return iter(range(self.x))
    def __getitem__(self, i):
        return i * 2
    def __repr__(self):
        return "V(%d)" % self.x
    def __call__(self, a):
        return a + self.x
v = V(3)
p = weakref.proxy(v)
print(p + 1, len(p), list(p), p[5], p(10), repr(p).startswith("<weakproxy"), str(p))
print(p.x, isinstance(p, V), type(p) is V)
p.x = 4
print(v.x)
del p.x
print(hasattr(v, "x"))
v.x = 2
q = weakref.proxy(v)
print(q is weakref.proxy(v), weakref.getweakrefcount(v))
del v
ops = [("q + 1", lambda: q + 1), ("len(q)", lambda: len(q)), ("list(q)", lambda: list(q)), ("q[0]", lambda: q[0]),
       ("q(1)", lambda: q(1)), ("q.x", lambda: q.x), ("repr", lambda: repr(q)[:10]), ("1 + q", lambda: 1 + q),
       ("q < 1", lambda: q < 1), ("-q", lambda: -q), ("q.x = 1", lambda: setattr(q, "x", 1)), ("iter", lambda: iter(q))]
for expr, fn in ops:
    try:
        print(expr, fn())
    except ReferenceError as e:
        print(expr, "->", type(e).__name__, e)
