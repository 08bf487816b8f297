# Counter: counting, missing elements give 0, most_common, elements, update/subtract, arithmetic, repr, sizes and counts
import gc
import sys
from collections import Counter

c = Counter("abracadabra")
print(c, c["a"], c["z"], len(c), "z" in c)
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), type(c.elements()).__name__, c.total())
c.update("aaz")
c.update({"b": 10}, q=2)
print(c)
c.subtract("zzz")
c.subtract({"q": 5}, a=1)
print(c, c["z"], c["q"])
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=4)
print(d + e, d - e, e - d, d | e, d & e)
print(+Counter(a=1, b=-2, c=0), -Counter(a=1, b=-2, c=0))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1))
print(repr(Counter()), Counter({"x": 2, "y": 5}), Counter([1, 1, 2]), dict(Counter("aab")))
del c["a"]
del c["never there"]
print("a" in c, c["a"], len(c))
f = c.copy()
print(type(f).__name__, f == c, f is c)
print(isinstance(c, dict), type(c).__name__, Counter.__module__, sys.getsizeof(Counter()), gc.is_tracked(Counter()))
word = "".join(["to", "ken"])
before = sys.getrefcount(word)
counts = Counter([word, word, word])
print(sys.getrefcount(word) - before, counts[word], sys.getrefcount(counts))
counts.note = "attr"
print(counts.__dict__, sys.getsizeof(counts))
items = Counter(x=2).elements()
print(list(items), list(items))
try:
    Counter.fromkeys("ab")
except NotImplementedError as exc:
    print("NotImplementedError:", exc)
try:
    Counter() + 1
except TypeError as exc:
    print("TypeError:", exc)
try:
    hash(Counter())
except TypeError as exc:
    print("TypeError:", exc)
