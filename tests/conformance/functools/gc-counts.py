# Allocation counts (gc.get_count) and gc.get_referents for functools objects: partial calls, lru_cache decoration, cached calls, cache_info.
import functools
import gc

def f(a, b=0):
    return [a, b]

gc.collect()
gc.disable()
steps = []
base = gc.get_count()[0]
def mark(name):
    steps.append((name, gc.get_count()[0] - base))

p = functools.partial(f, 1)
mark("partial")
p(2)
mark("partial call")
pk = functools.partial(f, b=3)
mark("partial with keywords")
pk(4)
mark("partial_call with keywords")
deco = functools.lru_cache(maxsize=8)
mark("lru_cache(maxsize=8)")
g = deco(f)
mark("decorated")
del deco
mark("decorator freed")
g(1)
mark("miss")
g(1)
mark("hit")
g((1, 2), b=5)
mark("miss with keywords")
info = g.cache_info()
mark("cache_info")
h = functools.cache(f)
mark("cache")
h(7)
mark("cache miss")
gc.enable()
for step in steps:
    print(step)
print([type(x).__name__ for x in gc.get_referents(p)], [type(x).__name__ for x in gc.get_referents(pk)])
print([type(x).__name__ for x in gc.get_referents(g)])
print([type(x).__name__ for x in gc.get_referents(h)], gc.is_tracked(info), type(info).__mro__)
