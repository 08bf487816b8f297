# Dealloc order of what itertools objects hold, and reference cycles through them that gc.collect() reclaims.
import gc
import itertools

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
    def __call__(self, *args):
        return True
    def __iter__(self):
        return iter([1, 2])

def show(name, make):
    print(name)
    x = make()
    next(x, None)
    del x

show("chain", lambda: itertools.chain(D("a"), D("b")))
show("accumulate", lambda: itertools.accumulate(iter([D("v1"), D("v2")]), D("f")))
show("accumulate initial", lambda: itertools.accumulate([], D("f"), initial=D("init")))
show("takewhile", lambda: itertools.takewhile(D("f"), iter([D("x")])))
show("groupby", lambda: itertools.groupby(iter([D("v1"), D("v2")]), D("k")))
show("zip_longest", lambda: itertools.zip_longest(iter([1]), iter([]), fillvalue=D("fill")))
show("product", lambda: itertools.product((D("p1"),), (D("p2"),)))
show("permutations", lambda: itertools.permutations((D("p1"), D("p2"))))
show("count", lambda: itertools.count(0.5, D("step")) if False else itertools.repeat(D("r")))

gc.collect()
gc.disable()
items = [D("in cycle")]
cy = itertools.cycle(items)
items.append(cy)
del items, cy
print("collected", gc.collect())

holder = []
ch = itertools.chain(holder)
holder.append(ch)
del holder, ch
print("collected", gc.collect())

loop = []
r = itertools.repeat(loop)
loop.append(r)
del loop, r
print("collected", gc.collect())
gc.enable()
print("end")
