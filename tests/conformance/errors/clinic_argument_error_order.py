# Argument Clinic's _PyArg_UnpackKeywords reports a missing required argument, then one given by name and position, then an unknown keyword
import itertools, bisect, functools
for f in [lambda: int.from_bytes(x=1), lambda: (1).to_bytes(x=1), lambda: int.from_bytes(b'a', bytes=b'b', x=1), lambda: int.from_bytes(b'a', x=1, bytes=b'b'),
          lambda: itertools.accumulate(x=1), lambda: itertools.accumulate([1], iterable=[2], q=1), lambda: itertools.compress(x=1), lambda: itertools.compress([1], data=[1]),
          lambda: itertools.groupby(key=None), lambda: itertools.count(x=1), lambda: bisect.bisect([1], x=1, q=2), lambda: bisect.bisect(q=2),
          lambda: itertools.permutations(r=1), lambda: itertools.combinations([1], q=1), lambda: itertools.combinations(r=1, q=1), lambda: functools.cmp_to_key(x=1),
          lambda: itertools.accumulate([1], func=None, iterable=[1])]:
    try:
        f()
        print('ok')
    except TypeError as e:
        print(e)
