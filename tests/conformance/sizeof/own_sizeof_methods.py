# which builtin types define __sizeof__ themselves, and what each one answers (sys.getsizeof adds the GC header)
import collections
import itertools
import sys

def gen():
    yield 1

samples = [
    (type, int), (object, object()), (int, 2**40), (str, "héllo"), (bytearray, bytearray(b"abc")),
    (list, [1, 2, 3]), (dict, {"a": 1}), (set, {1, 2}), (frozenset, frozenset("ab")),
    (collections.deque, collections.deque([1])), (collections.OrderedDict, collections.OrderedDict(a=1)),
    (type(gen()), gen()), (itertools.product, itertools.product("ab", repeat=2)),
    (itertools.permutations, itertools.permutations("abc")), (itertools.combinations, itertools.combinations("abc", 2)),
    (float, 1.5), (tuple, (1, 2)), (bytes, b"xyz"), (range, range(3)),
]
for cls, obj in samples:
    own = "__sizeof__" in cls.__dict__
    print(cls.__name__, own, repr(cls.__sizeof__).split(" of ")[-1], obj.__sizeof__(), sys.getsizeof(obj) - obj.__sizeof__())
print(type.__sizeof__)
print(float.__sizeof__)
class Custom:
    pass
print(type.__sizeof__(Custom) == Custom.__sizeof__(Custom) if False else type.__sizeof__(int))
