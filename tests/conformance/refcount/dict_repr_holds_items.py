# dict_repr holds each key and value while their reprs run, whichever way the dict is shown; OrderedDict shows a list of (key, value) pairs, Counter a dict of its counts
import sys
from collections import Counter, OrderedDict, defaultdict


class Shown:
    def __repr__(self):
        return str(sys.getrefcount(self))


s = Shown()
d = {"k": s, s: 0}
print(d)
print(str(d))
print(f"{d}", f"{d!r}", repr(d))
print([d], (d,))
print({1: {"x": s}})
print({s: s})


class Sub(dict):
    pass


print(Sub(d))
dd = defaultdict(list, d)
print(dd)
del dd
od = OrderedDict(d)
print(od)
del od
c = Counter({s: 2, "k": 1})
print(c)
del c
print(d.items(), d.keys(), d.values())
print(sys.getrefcount(s))


class Dropper:
    # Its __repr__ empties the dict: dict_repr's own references keep the entry's key and value alive meanwhile.
    def __repr__(self):
        box.clear()
        return f"dropped, {sys.getrefcount(self)}"


box = {Dropper(): Dropper(), "after": 1}
print(box)
print(box)
