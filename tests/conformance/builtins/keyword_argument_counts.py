# min, max, zip, sum and mappingproxy count keyword arguments against their parameters first: "max() takes at most 2 keyword arguments (3 given)" before any unknown name
import types
for f in (lambda: print(1, sep="", end="", file=None, flush=False, x=1), lambda: zip([1], strict=True, x=1), lambda: min(1, 2, key=None, default=1, x=1),
          lambda: max([1], key=None, y=2), lambda: sum([1], start=0, x=1), lambda: types.MappingProxyType(mapping={}, x=1), lambda: max(key=None, default=1, x=2),
          lambda: min([], x=1, key=None), lambda: zip(x=1, y=2), lambda: sum([], 0, start=1)):
    try: f()
    except TypeError as e: print(e)
for f in (lambda: sum(start=1, x=2, y=3), lambda: sum(), lambda: sum(start=1), lambda: zip(strict=True), lambda: types.MappingProxyType(), lambda: types.MappingProxyType(x=1), lambda: types.MappingProxyType({}, {}), lambda: max(), lambda: max(x=1, y=2, z=3)):
    try: f()
    except TypeError as e: print(e)
