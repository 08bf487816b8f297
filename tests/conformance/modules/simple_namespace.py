# types.SimpleNamespace: keyword constructor, attributes in its own dict (vars() is that dict), ==, repr with recursion, 40 bytes, GC-tracked, unhashable, and its errors
import sys, gc
from types import SimpleNamespace
print(SimpleNamespace, SimpleNamespace.__name__, SimpleNamespace.__module__, type(SimpleNamespace))
items = [1, 2]
gc.collect()
before = gc.get_count()
point = SimpleNamespace(x=3, items=items)
after = gc.get_count()
print(before, after, point, str(point), sys.getrefcount(items))
print(sys.getsizeof(point), sys.getsizeof(SimpleNamespace()), gc.is_tracked(point), sys.getsizeof(point.__dict__))
print(vars(point) is point.__dict__, point.__dict__, sys.getrefcount(point), sys.getrefcount(point.__dict__))
point.y = 4
del point.x
print(point, point.y, "x" in dir(point), "y" in dir(point), list(vars(point)))
print(point == SimpleNamespace(items=[1, 2], y=4), point != SimpleNamespace(), SimpleNamespace() == SimpleNamespace(), SimpleNamespace(a=1) == {"a": 1})
options = {"depth": 2, "name": "tree"}
config = SimpleNamespace(**options)
print(config, config.depth, config.__dict__ is options, SimpleNamespace(b=1, a=2))
print(SimpleNamespace(**{"": 1}), SimpleNamespace(**{"a b": 1}), SimpleNamespace.__doc__)
point.me = point
print(point, repr(point), f"{point!r}")
for bad in [lambda: hash(point), lambda: SimpleNamespace(1), lambda: SimpleNamespace({"a": 1}), lambda: SimpleNamespace(**{1: 2}),
            lambda: point.missing, lambda: delattr(point, "missing"), lambda: setattr(point, "__dict__", {}), lambda: point < point]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class Loud:
    def __del__(self): print("Loud freed")
holder = SimpleNamespace(loud=Loud())
holder.self = holder
del holder
print("collected", gc.collect())
print(gc.get_count())
import copy
shared = [1]
original = SimpleNamespace(a=shared, b="x")
gc.collect()
counts = [gc.get_count()]
shallow = copy.copy(original)
counts.append(gc.get_count())
deep = copy.deepcopy(original)
counts.append(gc.get_count())
print(counts, shallow == original, shallow.a is shared, deep.a is shared, deep == original, sys.getrefcount(shared))
original.me = original
again = copy.deepcopy(original)
print(again, again.me is again, again.__dict__ is not original.__dict__)
