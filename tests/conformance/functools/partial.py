# functools.partial: results, repr, .func/.args/.keywords, what it holds (refcounts), flattening, its __dict__, size and gc tracking.
import functools
import sys
import gc
from functools import partial

def f(a, b, c=0, **kw):
    return (a, b, c, sorted(kw.items()))

x = [1]
p = partial(f, x, c=2)
print(sys.getrefcount(x), sys.getrefcount(f), sys.getrefcount(p.args), sys.getrefcount(p.keywords))
print(p.func is f, p.args, p.keywords, p(5), p(6, c=3, d=4))
print(type(p), type(p).__name__, gc.is_tracked(p), sys.getsizeof(p), p.__dict__, callable(p))
print(repr(p).startswith("functools.partial(<function f at "), repr(p).endswith(", [1], c=2)"))
print(repr(partial(len, "abc")), partial(len, "abc")(), repr(partial(max, 1, key=abs)))
q = partial(p, 7)
print(q.func is f, q.args, q.keywords, q())
p.attr = 1
r = partial(p, 8)
print(r.func is p, r.args, p.__dict__, p.attr)
empty = partial(f)
print(empty.args, empty.keywords, empty(1, 2), sys.getrefcount(empty.keywords))

def probe(a, b):
    print("probe", sys.getrefcount(a), sys.getrefcount(b))
    return a

y = [2]
z = [3]
plain = partial(probe, y)
print(plain(z) is y)
keyed = partial(probe, b=z)
print(keyed(y) is y, keyed(a=y) is y)
print(sys.getrefcount(y), sys.getrefcount(z))
del p, q, r, plain, keyed
print(sys.getrefcount(x), sys.getrefcount(f), sys.getrefcount(z))

kw = {"c": 9}
pk = partial(f, 1, **kw)
print(pk.keywords is kw, pk.keywords, pk(2))
pk.keywords["c"] = 10
print(pk(2), kw)

for call in (lambda: partial(), lambda: partial(1), lambda: partial(func=print), lambda: setattr(partial(f), "func", 1)):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
