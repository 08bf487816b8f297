# Reporting a raising __del__ reads its source lines through io, whose tuples, file dict and lists end on free lists: the first report after a full collection raises gc.get_count(), later ones reuse them.
import gc


def fail(d):
    return d["key"] + 1


class Boom:
    def __del__(self):
        raise ValueError("boom")


class DeepBoom:
    def __del__(self):
        fail({})


class Quiet:
    def __del__(self):
        pass


for cls in (Boom, DeepBoom):
    gc.collect()
    for i in range(3):
        before = gc.get_count()[0]
        Quiet()
        middle = gc.get_count()[0]
        cls()
        after = gc.get_count()[0]
        print(cls.__name__, i, middle - before, after - middle)
gc.collect()
objects = len(gc.get_objects())
Boom()
print("tracked objects left", len(gc.get_objects()) - objects)
