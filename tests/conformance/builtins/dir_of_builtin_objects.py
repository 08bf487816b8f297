# dir() of builtin objects lists what python3's does (data attributes such as real, start and maxlen too), so AttributeError suggests them
import collections, array, types, functools, itertools, weakref
for o in (1, 1.0, 1j, True, "", b"", bytearray(), [], (), {}, set(), frozenset(), range(1), slice(1), None, collections.deque(), collections.OrderedDict(), collections.Counter(), iter([]), len, print):
    print(type(o).__name__, [n for n in dir(o) if not n.startswith("_")])
print(dir(True) == dir(1), len(dir(1)), len(dir("")), len(dir([])), len(dir({})), len(dir(1.5)), len(dir(range(1))), len(dir(None)), len(dir(collections.deque())))
class L(list):
    extra = 1
print([n for n in dir(L()) if not n.startswith("__")], len(dir(L)), len(dir(int)))
for name in ("reel", "numerater", "strat", "maxln", "imagg"):
    for o in (5, range(3), collections.deque(), 1j):
        try:
            getattr(o, name)
        except AttributeError as e:
            print(e)
(5).reel
for o in (array.array("i"), types.SimpleNamespace(a=1), collections.defaultdict(int), functools.partial(print), weakref.ref(int), (x for x in ()), len, print, int, type, object(), Ellipsis, NotImplemented, iter(""), iter({}), {}.keys(), ValueError(), lambda: 0):
    py = dir(o)
    print(type(o).__name__, len(py), py)
