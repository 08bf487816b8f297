# tuples freed by the cyclic collector (part of a garbage cycle) go back on the tuple free list: later tuples reuse them
import gc


class C:
    pass


def list_cycle():
    items = []
    items.append((items, 1))


def dict_cycle():
    d = {}
    d["t"] = (d, 2)


def instance_cycle():
    c = C()
    c.t = (c, 1)
    c.u = (c, 2, 3)


def nested_cycle():
    c = C()
    c.t = (c, (c, 1))


src = [1, 2]
for make in (list_cycle, dict_cycle, instance_cycle, nested_cycle):
    for generation in (0, 1, 2):
        gc.enable()
        gc.collect()
        gc.disable()
        make()
        make()
        counts = [gc.get_count()[0]]
        found = gc.collect(generation)
        counts.append(gc.get_count()[0])
        for i in range(3):
            keep = tuple(src), tuple(src), tuple(src)
            counts.append(gc.get_count()[0])
        result = (make.__name__, generation, found, counts)
        print(result)
gc.enable()
