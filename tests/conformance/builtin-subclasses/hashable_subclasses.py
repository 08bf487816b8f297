# A list or dict subclass that defines __hash__ is hashable: sets and dict keys find it by its hash and list equality
import sys


class HashableList(list):
    def __hash__(self):
        print("hash of", list(self))
        return hash(tuple(self))


a = HashableList([1, 2])
b = HashableList([1, 2])
print(hash(a) == hash((1, 2)), a == b, a is b)
seen = {a}
print(b in seen, (1, 2) in seen, HashableList([3]) in seen, len(seen))
table = {a: "first"}
table[b] = "second"
print(table, len(table), sys.getrefcount(a), sys.getrefcount(b))
print(HashableList([1, 2]) in table, HashableList([2, 1]) in table)


class FrozenDict(dict):
    def __hash__(self):
        return hash(tuple(sorted(self.items())))


f = FrozenDict(x=1)
print({f: 1}[FrozenDict(x=1)], hash(f) == hash(FrozenDict(x=1)), f in {f}, len({f, FrozenDict(x=1), FrozenDict(y=2)}))
try:
    {[1]: 2}
except TypeError as e:
    print(e)


class Plain(list):
    pass


try:
    {Plain(): 1}
except TypeError as e:
    print(e)
try:
    hash(Plain())
except TypeError as e:
    print(e)
