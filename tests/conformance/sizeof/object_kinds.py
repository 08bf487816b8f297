# sys.getsizeof of views, iterators, descriptors, super, modules, singletons and frame objects (frame_sizeof counts co_stacksize).
import sys, weakref
class A:
    def m(self): pass
    @property
    def p(self): return 1
a = A()
d = {1: 2}
items = [
    ("dict_keys", d.keys()), ("dict_values", d.values()), ("dict_items", d.items()),
    ("dict_keyiterator", iter(d)), ("dict_valueiterator", iter(d.values())), ("dict_itemiterator", iter(d.items())),
    ("list_iterator", iter([1])), ("tuple_iterator", iter((1,))), ("range_iterator", iter(range(3))),
    ("str_ascii_iterator", iter("ab")), ("str_iterator", iter("é")), ("set_iterator", iter({1})),
    ("list_reverseiterator", reversed([1])), ("reversed", reversed((1, 2))), ("range_reverse", reversed(range(3))),
    ("map", map(str, [])), ("filter", filter(None, [])), ("zip", zip([1], [2])), ("zip0", zip()), ("enumerate", enumerate([])),
    ("Ellipsis", ...), ("NotImplemented", NotImplemented), ("property", property()), ("A.p", A.p),
    ("staticmethod", staticmethod(len)), ("classmethod", classmethod(len)), ("builtin_method", [].append),
    ("builtin_function", len), ("method", a.m), ("weakref", weakref.ref(a)), ("super", super(A, a)),
    ("module", sys), ("type", type), ("object", object), ("int_class", int), ("exception", ValueError("x")),
]
for name, obj in items:
    print(name, sys.getsizeof(obj))
def g():
    yield 1
gen = g()
print(sys.getsizeof(gen.gi_frame), g.__code__.co_stacksize)
def deep(a, b, *rest, **kw):
    total = a + b + len(rest)
    return total / 0
try:
    deep(1, 2, 3, k=4)
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(sys.getsizeof(tb), sys.getsizeof(tb.tb_frame), sys.getsizeof(tb.tb_next.tb_frame))
class A: pass
a = A()
fin = weakref.finalize(a, print, "bye")
print(sys.getsizeof(fin))
