# list(...) and dict(...) allocate with tp_alloc, never from the free list, yet free into it: each discarded one adds 1 to gc.get_count(), where [] and {} add 0
import gc


def repeated(label, call):
    gc.collect()
    counts = [gc.get_count()[0]]
    for _ in range(3):
        call()
        counts.append(gc.get_count()[0])
    readings.append((label, [after - before for before, after in zip(counts, counts[1:])]))


def squares(n):
    for i in range(n):
        yield i * i


readings = []
repeated("list()", lambda: list())
repeated("list(range(3))", lambda: list(range(3)))
repeated("list(generator)", lambda: list(squares(3)))
repeated("[] display", lambda: [])
repeated("[*range(3)] display", lambda: [*range(3)])
repeated("sorted(range(3))", lambda: sorted(range(3)))
repeated("dict()", lambda: dict())
repeated("dict(a=1)", lambda: dict(a=1))
repeated("{} display", lambda: {})
repeated("dict.fromkeys", lambda: dict.fromkeys("ab"))
for reading in readings:
    print(reading)
