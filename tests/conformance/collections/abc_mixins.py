# collections.abc: custom Sequence and MutableMapping subclasses with their mixin methods, and isinstance of builtins
from collections.abc import Sequence, MutableMapping, Set, MutableSet, Iterable, Iterator, Mapping, Sized, Hashable, Callable, Generator, Reversible, Collection, Container
import sys
class Deck(Sequence):
    def __init__(self, cards):
        self.cards = list(cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __len__(self):
        return len(self.cards)
d = Deck("abcab")
print(len(d), d[1], "b" in d, "z" in d, d.index("b"), d.count("a"), list(reversed(d)), list(d))
print(isinstance(d, Sequence), isinstance(d, Iterable), isinstance(d, Reversible), isinstance(d, Hashable), sys.getsizeof(d) > 0)
try:
    d.index("z")
except ValueError as e:
    print("ValueError", repr(e))
class Store(MutableMapping):
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        return self.data[k]
    def __setitem__(self, k, v):
        self.data[k] = v
    def __delitem__(self, k):
        del self.data[k]
    def __iter__(self):
        return iter(self.data)
    def __len__(self):
        return len(self.data)
s = Store()
s["a"] = 1
s.update({"b": 2}, c=3)
s.setdefault("d", 4)
print(dict(s), s.get("zz", 0), s.pop("a"), s.popitem(), "b" in s, list(s.keys()), list(s.items()), list(s.values()))
print(type(s.keys()).__name__, s == {"b": 2, "c": 3}, len(s))
s.clear()
print(len(s), s.pop("q", None))
try:
    s.popitem()
except KeyError as e:
    print("KeyError", repr(e))
try:
    class Bad(Sequence):
        pass
    Bad()
except TypeError as e:
    print(e)
print(isinstance([], Sequence), isinstance((), Hashable), isinstance([], Hashable), isinstance({}, Mapping), isinstance(set(), MutableSet), isinstance(frozenset(), MutableSet), isinstance(len, Callable), isinstance(lambda: 0, Callable), isinstance(1, Callable))
def g(): yield 1
print(isinstance(g(), Generator), isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance({}.keys(), Set), isinstance({}.values(), Collection), isinstance("", Container), isinstance(range(3), Reversible), isinstance({}.keys(), Reversible))
print(issubclass(list, Sequence), issubclass(str, Sequence), issubclass(bytes, Sequence), issubclass(dict, Sequence), issubclass(int, Hashable), issubclass(type, Callable))
import collections
print(isinstance(collections.deque(), Sequence), isinstance(collections.OrderedDict(), MutableMapping), isinstance(collections.Counter(), Mapping), isinstance(collections.defaultdict(), Hashable))
