# A vectorcall builtin called with a non-empty **kwargs gets the dict unpacked: a new tuple of the names (_PyStack_UnpackDict) lives for the call, also when the call fails; METH_VARARGS builtins (min, str.format, dict.update) take the call's own tuple and dict
import gc
import sys

class Loud:
    def __init__(self, name):
        self.name = name
    def __lt__(self, other):
        print("  compare", self.name, "refs", sys.getrefcount(self), gc.get_count())
        return self.name < other.name

by_name = {"key": lambda item: item.name}
reverse = {"reverse": True}

gc.collect()
print("sorted", sorted([3, 1, 2], **reverse), gc.get_count())
gc.collect()
print("sorted direct", sorted([3, 1, 2], reverse=True), gc.get_count())
gc.collect()
items = [Loud("b"), Loud("a")]
print("sorted keyed", [i.name for i in sorted(items, **by_name)], gc.get_count())
gc.collect()
try:
    len([], **reverse)
except TypeError as e:
    print(e, gc.get_count())
gc.collect()
try:
    sorted([], **{"bad": 1})
except TypeError as e:
    print(e, gc.get_count())
gc.collect()
print("min", min([Loud("y"), Loud("x")], **by_name).name, gc.get_count())
gc.collect()
print("format", "{a}-{b}".format(**{"a": 1, "b": 2}), gc.get_count())
gc.collect()
d = {}
d.update(**{"x": 1})
print("update", d, gc.get_count())
gc.collect()
print("getsizeof", sys.getsizeof(1, **{"default": 0}), gc.get_count())
gc.collect()
print("print", end=" ", **{"sep": "-"})
print(gc.get_count())
