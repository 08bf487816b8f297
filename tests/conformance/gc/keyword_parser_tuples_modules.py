# Module functions and types parsed by Argument Clinic (itertools, bisect, functools, OrderedDict, bytes) make their keyword-name tuple at their first keyword call; PyArg_ParseTupleAndKeywords (itertools.repeat) makes none
import gc, itertools, bisect, functools, collections
def first_and_second(label, call):
    gc.collect()
    before = gc.get_count()[0]
    call()
    middle = gc.get_count()[0]
    call()
    after = gc.get_count()[0]
    readings.append((label, middle - before, after - middle))
readings = []
numbers = [1, 2, 3]
od = collections.OrderedDict(a=1, b=2)
first_and_second("itertools.count(start=)", lambda: itertools.count(start=5))
first_and_second("itertools.repeat(times=), PyArg_ParseTupleAndKeywords", lambda: itertools.repeat("x", times=2))
first_and_second("itertools.groupby(key=)", lambda: itertools.groupby(numbers, key=abs))
first_and_second("itertools.combinations(r=)", lambda: itertools.combinations(numbers, r=2))
first_and_second("itertools.combinations_with_replacement(r=)", lambda: itertools.combinations_with_replacement(numbers, r=2))
first_and_second("bisect.bisect(lo=)", lambda: bisect.bisect(numbers, 2, lo=0))
first_and_second("bisect.insort(key=)", lambda: bisect.insort(numbers, 2, key=None))
first_and_second("functools.cmp_to_key(mycmp=)", lambda: functools.cmp_to_key(mycmp=None))
first_and_second("OrderedDict.move_to_end(last=)", lambda: od.move_to_end("a", last=False))
first_and_second("bytes.hex(sep=)", lambda: b"ab".hex(sep=":"))
first_and_second("bytearray(source=)", lambda: bytearray(source=b"ab"))
first_and_second("complex(imag=)", lambda: complex(imag=2))
for reading in readings:
    print(reading)
gc.collect()
before = gc.get_count()[0]
gc.get_objects(generation=2)
middle = gc.get_count()[0]
gc.get_objects(generation=2)
print("gc.get_objects(generation=)", middle - before, gc.get_count()[0] - middle)
