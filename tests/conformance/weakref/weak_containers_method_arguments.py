# Methods of the weak containers are Python defs in Lib/weakref.py and _weakrefset.py: wrong arguments get Python's messages, clear() is MutableMapping's.
import gc
import sys
import weakref


class Thing:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Thing({self.name!r})"


def attempt(label, call):
    try:
        result = call()
        print(label, "->", result)
    except (TypeError, KeyError, NotImplementedError) as error:
        print(label, "!!", type(error).__name__, error)


a, b, c = Thing("a"), Thing("b"), Thing("c")
values = weakref.WeakValueDictionary({1: a, 2: b, 3: c})
keys = weakref.WeakKeyDictionary({a: 1, b: 2, c: 3})
things = weakref.WeakSet([a, b, c])

for label, mapping in [("values", values), ("keys", keys)]:
    key = 1 if mapping is values else a
    attempt(f"{label}.get()", lambda: mapping.get())
    attempt(f"{label}.get(key, None, 3)", lambda: mapping.get(key, None, 3))
    attempt(f"{label}.get(key, zz=1)", lambda: mapping.get(key, zz=1))
    attempt(f"{label}.get(key=key)", lambda: mapping.get(key=key))
    attempt(f"{label}.setdefault()", lambda: mapping.setdefault())
    attempt(f"{label}.setdefault(key, default=5)", lambda: mapping.setdefault(key, default=5))
    attempt(f"{label}.pop()", lambda: mapping.pop())
    attempt(f"{label}.pop(zz=1)", lambda: mapping.pop(zz=1))
    attempt(f"{label}.copy(1)", lambda: mapping.copy(1))
    attempt(f"{label}.keys(1)", lambda: mapping.keys(1))
    attempt(f"{label}.items(zz=1)", lambda: mapping.items(zz=1))
    attempt(f"{label}.popitem(1)", lambda: mapping.popitem(1))
    attempt(f"{label}.update({{}}, {{}})", lambda: mapping.update({}, {}))
    attempt(f"{label}.clear(1)", lambda: mapping.clear(1))
attempt("values.valuerefs(1)", lambda: values.valuerefs(1))
attempt("keys.keyrefs(zz=1)", lambda: keys.keyrefs(zz=1))
attempt("values.pop(9, 'd', 'e')", lambda: values.pop(9, "d", "e"))
attempt("keys.pop(a, 'd', 'e')", lambda: keys.pop(a, "d", "e"))

for name in ["add", "discard", "remove", "update", "union", "issubset", "isdisjoint"]:
    method = getattr(things, name)
    attempt(f"things.{name}()", lambda: method())
    attempt(f"things.{name}(1, 2)", lambda: method(1, 2))
    attempt(f"things.{name}(zz=1)", lambda: method(zz=1))
attempt("things.add(item=a)", lambda: things.add(item=a))
attempt("things.pop(1)", lambda: things.pop(1))
attempt("things.clear(zz=1)", lambda: things.clear(zz=1))
attempt("things.copy(1)", lambda: things.copy(1))

gc.collect()
before = gc.get_count()
values.clear()
keys.clear()
print(len(values), len(keys), gc.get_count()[0] - before[0], sys.getrefcount(a))
values[4] = a
del a
gc.collect()
values.clear()
print(len(values), dict(values))
