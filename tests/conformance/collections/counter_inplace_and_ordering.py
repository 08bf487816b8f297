# Counter in-place operators: any mapping on the right, _keep_positive afterwards, errors, refcounts and identity
import sys
from collections import Counter, OrderedDict
c = Counter(a=3, b=1)
before = id(c)
c += {"a": -5, "z": 2}
print(c, id(c) == before)
c -= Counter(z=1, q=4)
print(c)
c |= OrderedDict([("z", 7), ("y", 0)])
print(c)
c &= Counter(z=3, a=100)
print(c)
try:
    c &= {"nope": 1}
except KeyError as e:
    print("KeyError:", e)
print(c)
d = Counter("aab")
for bad in (5, [("a", 1)], "ab"):
    try:
        d += bad
    except AttributeError as e:
        print("AttributeError:", e)
class Pairs:
    def items(self):
        return [("a", 10), ("b", -1)]
d += Pairs()
print(d)
class BadPairs:
    def items(self):
        return [("a", 1, 2)]
try:
    d += BadPairs()
except ValueError as e:
    print("ValueError:", e)
key = "".join(["k", "1"])
b = sys.getrefcount(key)
e = Counter()
e += Counter([key])
print(sys.getrefcount(key) - b)
e -= Counter([key])
print(sys.getrefcount(key) - b, e)
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=2) >= Counter(a=1), Counter() < Counter(a=1), Counter(a=1) > Counter(a=1))
print(Counter(a=1, b=-1) <= Counter(a=1), Counter(a=-1) < Counter(), Counter(a=0) == Counter(), Counter(a=0) != Counter())
for f in (lambda: Counter(a=1) < {"a": 2}, lambda: {"a": 2} >= Counter(a=1), lambda: Counter() <= 5):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1), Counter(a=1) != {"a": 1})
