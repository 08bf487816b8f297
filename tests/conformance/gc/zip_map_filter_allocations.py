# zip packs its arguments and keeps its iterators in a tuple; map keeps its in a tuple too; filter holds its one
import gc
import sys


class C:
    pass


def f(x):
    return x


def f2(x, y):
    return y


items = [C(), C(), C()]
makers = [
    ("zip1", lambda: zip(items)),
    ("zip2", lambda: zip(items, items)),
    ("zip3", lambda: zip(items, items, items)),
    ("zip_strict", lambda: zip(items, items, strict=True)),
    ("map1", lambda: map(f, items)),
    ("map2", lambda: map(f2, items, items)),
    ("filter", lambda: filter(None, items)),
    ("filter_f", lambda: filter(f, items)),
]
for name, make in makers:
    gc.collect()
    before = gc.get_count()[0]
    before = gc.get_count()[0]
    it = make()
    made = gc.get_count()[0]
    first = next(it)
    second = next(it)
    stepped = gc.get_count()[0]
    del it, first, second
    freed = gc.get_count()[0]
    counts = (made - before, stepped - before, freed - before)
    print(name, counts)

m = map(f, items)
print([type(x).__name__ for x in gc.get_referents(m)])
fl = filter(f, items)
print([type(x).__name__ for x in gc.get_referents(fl)])
z = zip(items, items)
print([type(x).__name__ for x in gc.get_referents(z)])
print(sys.getrefcount(f))
print(len(list(m)), len(list(fl)), len(list(z)))
print(sys.getrefcount(f))
del m, fl
print(sys.getrefcount(f))

gc.collect()
r = []
r.append(gc.get_count()[0])
pairs = [x for x, y in zip(items, items)]
r.append(gc.get_count()[0])
pairs = [x for x, y in zip(items, items)]
r.append(gc.get_count()[0])
mapped = [x for x in map(f, items)]
r.append(gc.get_count()[0])
mapped = [x for x in map(f, items)]
r.append(gc.get_count()[0])
print(r)
