# getsizeof of dict views, their iterators, reversed, enumerate, zip, map, filter and set iterators
import sys
d = {"a": 1}
print(sys.getsizeof(d.keys()), sys.getsizeof(d.values()), sys.getsizeof(d.items()))
print(sys.getsizeof(iter(d)), sys.getsizeof(iter(d.items())), sys.getsizeof(reversed(d)), sys.getsizeof(reversed(d.values())))
print(sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof(zip([], [])), sys.getsizeof(map(str, [])), sys.getsizeof(filter(None, [])))
print(sys.getsizeof(iter({1})), sys.getsizeof(iter(frozenset())), sys.getsizeof(iter("ab")), sys.getsizeof(iter(b"ab")), sys.getsizeof(iter(bytearray())))
print(sys.getsizeof(iter(range(3))), sys.getsizeof(iter(range(2**70))), sys.getsizeof(reversed(range(3))), sys.getsizeof(reversed([1])), sys.getsizeof(reversed((1,))))
print(sys.getsizeof(iter(lambda: 1, 2)), sys.getsizeof(iter([].__len__, 0)))
