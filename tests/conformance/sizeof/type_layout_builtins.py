# __basicsize__, __itemsize__, __dictoffset__ and __weakrefoffset__ of builtin types: their C structs' sizes and offsets
import sys
import weakref
import collections
import array
import itertools


def show(t):
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)


for t in [object, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
          range, slice, type, type(None), property, staticmethod, classmethod, super,
          type(len), type(show), type(iter([])), type(iter({})), enumerate, zip, map, filter, reversed]:
    show(t)
for t in [weakref.ref, collections.deque, collections.OrderedDict, collections.defaultdict,
          collections.Counter, array.array, itertools.count, itertools.chain]:
    show(t)
# The variable-size types: an item's size times the object's length follows the basic size.
print(sys.getsizeof(()) - 16 == tuple.__basicsize__)
print(sys.getsizeof((1, 2, 3)) - 16 == tuple.__basicsize__ + 3 * tuple.__itemsize__)
print(sys.getsizeof(b"abc") == bytes.__basicsize__ + 3 * bytes.__itemsize__)
print(sys.getsizeof(2**40) == int.__basicsize__ + 2 * int.__itemsize__)
print(object.__sizeof__(3.5) == float.__basicsize__)
