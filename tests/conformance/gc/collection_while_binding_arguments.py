# Automatic collections that start while a call binds its arguments: the **kwargs dict and *args tuple allocated for the new frame.
import gc

gc.collect()
gc.set_threshold(2, 2, 2)


class Tag:
    def __init__(self, name):
        self.name = name


def f(p, *args, key=None, **kw):
    return len(args) + len(kw)


def g(a, b=2, **options):
    return sorted(options)


def h(*items):
    def inner():
        return items
    return inner


results = []
for i in range(6):
    results.append(f(Tag("p"), Tag("x"), Tag("y"), key=Tag("k"), extra=Tag("e"), more=i))
    results.append(g(Tag("a"), flag=[i], other={"i": i}))
    results.append(len(h(Tag("z"), [i])()))
print(results)
print(gc.get_count())
