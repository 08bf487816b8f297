# With a tiny threshold, the automatic collections during an unraisable report (its hook arguments, the stderr writes, the io objects that read each source line) come at python3's allocations, for __del__, a generator's finally, a weakref callback and sys.stderr None.
import gc
import sys
import weakref


class Boom:
    def __del__(self):
        raise ValueError("boom")


def gen():
    try:
        yield 1
    finally:
        raise KeyError("gen")


class Obj:
    pass


def callback(ref):
    raise RuntimeError("callback")


def del_report():
    Boom()


def gen_report():
    it = gen()
    next(it)
    del it


def weak_report():
    o = Obj()
    r = weakref.ref(o, callback)
    del o


def none_report():
    saved = sys.stderr
    sys.stderr = None
    Boom()
    sys.stderr = saved


class Counter:
    def __init__(self):
        self.pieces = 0

    def write(self, piece):
        self.pieces += 1

    def flush(self):
        pass


def recorded_report():
    saved = sys.stderr
    sys.stderr = Counter()
    Boom()
    sys.stderr = saved


for make in (del_report, gen_report, weak_report, none_report, recorded_report):
    collections = []
    for threshold in range(1, 14):
        gc.collect()
        make()
        gc.collect()
        gc.set_threshold(threshold, 1000, 1000)
        make()
        collections.append(gc.get_count()[1])
        gc.set_threshold(700, 10, 10)
    print(make.__name__, collections)
