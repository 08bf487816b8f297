# object() instances are not GC objects: untracked, not counted in generation 0, 16 bytes
import gc, sys
o = object()
print(gc.is_tracked(o), sys.getsizeof(o), type(o).__name__)
gc.collect()
a = gc.get_count()
objs = [object() for _ in range(5)]
b = gc.get_count()
x = object.__new__(object)
c = gc.get_count()
print(a, b, c, gc.is_tracked(x))
print(o in gc.get_referents(objs) if False else len(gc.get_referents(objs)))
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
sentinel = object()
d = {sentinel: 1}
print(d[sentinel], sentinel == sentinel, sentinel != object())
