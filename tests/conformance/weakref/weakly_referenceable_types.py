# which objects take weak references: functions, builtin functions, bound methods, generators, sets, classes, modules, code
import collections
import functools
import sys
import weakref

class Plain:
    def method(self):
        pass

class Slotted:
    __slots__ = ("x",)

def gen():
    yield 1

candidates = [
    ("builtin function", len), ("builtin method", [].append), ("bound method", Plain().method),
    ("generator", gen()), ("set", {1}), ("frozenset", frozenset()), ("class", Plain), ("module", sys),
    ("code", gen.__code__), ("deque", collections.deque()), ("partial", functools.partial(len)),
    ("OrderedDict", collections.OrderedDict()), ("instance", Plain()),
    ("property", property()), ("staticmethod", staticmethod(len)), ("classmethod", classmethod(len)),
    ("list iterator", iter([])), ("tuple iterator", iter(())), ("dict keys", {}.keys()), ("dict items", {}.items()),
    ("map", map(len, [])), ("zip", zip()), ("enumerate", enumerate([])), ("range", range(2)),
    ("super", super(Plain, Plain())), ("weakref", weakref.ref(Plain)), ("slot", Slotted.x),
    ("slots instance", Slotted()), ("bytes", b"x"), ("bytearray", bytearray()), ("exception", ValueError()),
    ("defaultdict", collections.defaultdict()), ("object", object()), ("complex", 1j), ("Ellipsis", ...),
]
for label, obj in candidates:
    try:
        r = weakref.ref(obj)
        print(label, "ok", r() is obj)
    except TypeError as e:
        print(label, "TypeError:", e)
r = weakref.ref(Plain)
try:
    r.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
