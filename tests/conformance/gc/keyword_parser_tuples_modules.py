# Module functions and types parsed by Argument Clinic (itertools, bisect, functools, gc, OrderedDict, bytes) make their keyword-name tuple at their first keyword call; PyArg_ParseTupleAndKeywords (itertools.repeat) makes none
import gc, itertools, bisect, functools, collections

numbers = [1, 2, 3]
od = collections.OrderedDict(a=1, b=2)
calls = {
    "itertools.count(start=)": lambda: itertools.count(start=5),
    "itertools.repeat(times=), PyArg_ParseTupleAndKeywords": lambda: itertools.repeat("x", times=2),
    "itertools.groupby(key=)": lambda: itertools.groupby(numbers, key=abs),
    "itertools.combinations(r=)": lambda: itertools.combinations(numbers, r=2),
    "itertools.combinations_with_replacement(r=)": lambda: itertools.combinations_with_replacement(numbers, r=2),
    "bisect.bisect(lo=)": lambda: bisect.bisect(numbers, 2, lo=0),
    "bisect.insort(key=)": lambda: bisect.insort(numbers, 2, key=None),
    "functools.cmp_to_key(mycmp=)": lambda: functools.cmp_to_key(mycmp=None),
    "OrderedDict.move_to_end(last=)": lambda: od.move_to_end("a", last=False),
    "bytes.hex(sep=)": lambda: b"ab".hex(sep=":"),
    "bytearray(source=)": lambda: bytearray(source=b"ab"),
    "complex(imag=)": lambda: complex(imag=2),
    "gc.get_objects(generation=)": lambda: gc.get_objects(generation=2),
}
differences = {}
for label, call in calls.items():
    gc.collect()
    counts = [gc.get_count()[0]]
    call()
    counts.append(gc.get_count()[0])
    call()
    counts.append(gc.get_count()[0])
    differences[label] = (counts[1] - counts[0], counts[2] - counts[1])
for label, (first, second) in differences.items():
    print(label, first, second)
