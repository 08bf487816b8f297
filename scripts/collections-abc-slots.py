# Prints, for each C type python3 has (builtins, types, collections, itertools, functools, weakref, operator,
# array and the iterators and views they make), which of the methods collections.abc's __subclasshook__s check
# its __dict__ holds ("-" for one set to None): the table of src/sim/builtins/collections-abc-slots.ts. Run it with a
# python3 3.11 of no site-packages (a venv: python3 -m venv --without-pip DIR; DIR/bin/python scripts/collections-abc-slots.py).
import builtins, types, collections, itertools, functools, weakref, operator, array, enum, contextlib
NAMES = ["__hash__", "__await__", "send", "throw", "close", "__aiter__", "__anext__", "asend", "athrow", "aclose", "__iter__", "__next__", "__reversed__", "__len__", "__contains__", "__call__"]
seen = {}
import inspect
def add(t):
    if not isinstance(t, type):
        return
    heap = t.__flags__ & (1 << 9)
    if heap and (any(isinstance(v, (types.FunctionType, classmethod, staticmethod, property)) for v in t.__dict__.values()) or "__slots__" in t.__dict__ or "__weakref__" in t.__dict__):
        return  # defined in Python source
    seen.setdefault(t.__name__, t)
for v in vars(builtins).values(): add(v)
for mod in (types, collections, itertools, functools, weakref, operator, array):
    for v in vars(mod).values(): add(v)
def g(): yield
objs = [iter([]), iter(()), iter(""), iter("é"), iter(b""), iter(bytearray()), iter({}), iter({}.values()), iter({}.items()), reversed([]), reversed({}), reversed({}.values()), reversed({}.items()), iter(set()), iter(range(1)), iter(range(1 << 100)), {}.keys(), {}.values(), {}.items(), zip(), map(len, []), filter(None, []), enumerate([]), reversed(range(3)), g(), len, [].append, object.__init__, str.join, (lambda: 0), type.__dict__, iter(collections.deque()), reversed(collections.deque()), collections.OrderedDict().keys(), collections.OrderedDict().values(), collections.OrderedDict().items(), iter(collections.OrderedDict()), reversed(collections.OrderedDict()), memoryview(b""), slice(1), ..., NotImplemented, None, iter(lambda: 0, 1), (x for x in []), [].__len__, object().__str__, g().__next__, property(), staticmethod(len), classmethod(len), super(int, 1), weakref.ref(int), types.SimpleNamespace(), functools.partial(len), itertools.count(), iter(array.array("b")), iter(memoryview(b"a"))]
for o in objs: add(type(o))
out = {}
for name, t in sorted(seen.items()):
    d = t.__dict__
    got = []
    for n in NAMES:
        if n in d:
            got.append(("-" if d[n] is None else "") + n)
    out[name] = " ".join(got)
import json
print(json.dumps(out, indent=0))
