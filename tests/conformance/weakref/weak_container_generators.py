# The weak containers' iterators are generators of weakref.py: their type, names, size, send/throw/close
import weakref, sys, gc
class A:
    def __init__(s, n): s.n = n
    def __repr__(s): return f"A{s.n}"
objs = [A(i) for i in range(4)]
d = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
g = iter(d)
print(type(g), g.__name__, g.__qualname__, sys.getsizeof(g), gc.is_tracked(g))
print(repr(g).split(" at ")[0])
print(next(g), g.send(None), g.send(5))
print(g.gi_running, g.gi_suspended)
g.close()
print(list(g), g.gi_suspended)
g2 = d.items()
try:
    g2.send(1)
except TypeError as e:
    print(e)
print(next(g2))
try:
    g2.throw(ValueError("x"))
except ValueError as e:
    print("ValueError", e)
print(list(g2))
ws = weakref.WeakSet(objs)
g3 = iter(ws)
print(type(g3), g3.__qualname__, sys.getsizeof(g3))
k = weakref.WeakKeyDictionary({o: 1 for o in objs})
for m in (k.keys, k.values, k.items, d.keys, d.values, d.items):
    it = m()
    print(type(it).__name__, it.__qualname__, sys.getsizeof(it), sys.getrefcount(it))
print(type(iter(k)).__name__, type(d.valuerefs()).__name__, type(k.keyrefs()).__name__)
