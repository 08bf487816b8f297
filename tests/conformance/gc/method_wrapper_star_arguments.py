# A method-wrapper called with *args reads the caller's tuple; an unbound slot wrapper slices a new one
import gc
d = {}
pair = ("k", 1)
triple = (d, "k", 2)
readings = []
for label, call in [("d.__setitem__(*pair)", lambda: d.__setitem__(*pair)), ("dict.__setitem__(*triple)", lambda: dict.__setitem__(*triple)), ("d.__setitem__('k', 3)", lambda: d.__setitem__("k", 3)), ("[].__len__()", lambda: [].__len__())]:
    call()
    gc.collect()
    before = gc.get_count()[0]
    call()
    middle = gc.get_count()[0]
    call()
    readings.append((label, middle - before, gc.get_count()[0] - middle))
for reading in readings:
    print(reading)
