# A running generator's frame has no stacktop: gc.get_referents and get_referrers see none of its locals or stack while it runs
import gc
obj = object()
def genf():
    x = obj
    yield [type(r).__name__ for r in gc.get_referrers(obj)]
    yield sorted(type(r).__name__ for r in gc.get_referents(g))
g = genf()
print(next(g))
print(next(g))
print(sorted(type(r).__name__ for r in gc.get_referents(g)))
print([type(r).__name__ for r in gc.get_referrers(obj)])
class M: pass
def gen2():
    me = yield
    m = M()
    yield sorted(type(r).__name__ for r in gc.get_referents(me))
h = gen2(); next(h)
print(h.send(h))
