# sorting: key functions, stability, cmp_to_key, __lt__ only, reverse stability, errors
import functools, operator, sys

records = [("bob", 25, "NY"), ("amy", 30, "LA"), ("cat", 25, "LA"), ("dan", 30, "NY"), ("eve", 25, "SF")]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=operator.itemgetter(2, 1)))
by_city = sorted(records, key=operator.itemgetter(2))
print(sorted(by_city, key=operator.itemgetter(1), reverse=True))

def compare(a, b):
    print("  cmp", a, b)
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(compare)))

class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return self.s

vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), min(vs), max(vs))
try:
    print(Version("1") > Version("2"))
except TypeError as e:
    print("TypeError", e)
print(Version("1") > Version("0"))
try:
    Version("1") <= Version("2")
except TypeError as e:
    print("TypeError", e)

data = ["b", "A", "c", "B", "a"]
data.sort(key=str.lower)
print(data)
data.sort(key=str.lower, reverse=True)
print(data)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print(e)
keyed = [object() for _ in range(3)]
k = keyed[0]
print(sys.getrefcount(k))
keyed.sort(key=id)
print(sys.getrefcount(k))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
print(sorted(set(words)), sorted({"b": 1, "a": 2}.items(), key=operator.itemgetter(1)))
lst = [5, 3, 1]
def bad_key(v):
    lst.append(v)
    return v
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e)
print(lst)
