# 3.11's OrderedDict makes its __dict__ only when needed, and OrderedDict(x=1) reads type_call's keyword dict
import collections
import gc
import sys

OD = collections.OrderedDict
od = OD()
gc.collect()
counts = [gc.get_count()[0]]
a = OD()
counts.append(gc.get_count()[0])
b = OD(x=1)
counts.append(gc.get_count()[0])
c = OD([("y", 2)], z=[3])
counts.append(gc.get_count()[0])
print([counts[i + 1] - counts[i] for i in range(len(counts) - 1)])
print(gc.get_referents(b))
print(len(gc.get_referents(a)))
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)
print(len(gc.get_referents(a)))
a.tag = ["tag"]
print(a.__dict__, sys.getsizeof(a.__dict__), len(gc.get_referents(a)))
print(b.__dict__, len(gc.get_referents(b)))
del a.tag
print(a.__dict__, sys.getsizeof(b))
c2 = OD()
try:
    del c2.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(c2.__dict__, len(gc.get_referents(c2)))
