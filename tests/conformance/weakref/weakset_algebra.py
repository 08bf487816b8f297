# WeakSet's set algebra and comparisons (Lib/_weakrefset.py): results are new WeakSets whose items still vanish on death
import gc
import sys
import weakref


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


def names(ws):
    return sorted(x.name for x in ws)


a, b, c, d = Item("a"), Item("b"), Item("c"), Item("d")
s1 = weakref.WeakSet([a, b, c])
s2 = weakref.WeakSet([b, c, d])
print("counts:", sys.getrefcount(a), weakref.getweakrefcount(a), weakref.getweakrefcount(b))
u = s1.union(s2)
print("union:", names(u), names(s1 | s2), names(s1.union([d])), type(u).__name__)
print("weakrefs after union:", weakref.getweakrefcount(a), weakref.getweakrefcount(b), weakref.getweakrefcount(d))
print("intersection:", names(s1.intersection(s2)), names(s1 & s2), names(s1.intersection([c, d, c])))
print("difference:", names(s1.difference(s2)), names(s1 - s2), names(s1 - [a]))
print("symmetric_difference:", names(s1.symmetric_difference(s2)), names(s1 ^ s2), names(s1 ^ [a, d]))
print("weakrefs after operators:", weakref.getweakrefcount(a), weakref.getweakrefcount(b), weakref.getweakrefcount(d))
print("subset:", s1.issubset(u), s1 <= u, s1 <= s2, s1 < u, s1 < s1, s1.issubset([a, b, c, d]))
print("superset:", u.issuperset(s1), u >= s2, u > s1, u > u, s1.issuperset([a]), s1.issuperset([a, d]))
print("equality:", s1 == weakref.WeakSet([c, b, a]), s1 == s2, s1 != s2, s1 == {a, b, c}, s1 != {a, b, c})
print("disjoint:", s1.isdisjoint(s2), s1.isdisjoint([d]), weakref.WeakSet([a]).isdisjoint(s2))
print("copy:", names(s1.copy()), s1.copy() == s1, s1.copy() is s1)
print("counts after:", sys.getrefcount(a), weakref.getweakrefcount(a), weakref.getweakrefcount(b), weakref.getweakrefcount(d))

# In-place forms change the set itself.
w = weakref.WeakSet([a, b])
alias = w
w |= [c]
print("|=", names(w), w is alias)
w -= [a]
print("-=", names(w), w is alias)
w ^= [d, b]
print("^=", names(w), w is alias, weakref.getweakrefcount(d))
w.update([a])
w.difference_update([c])
print("update/difference_update:", names(w))
w.symmetric_difference_update(s1)
print("symmetric_difference_update:", names(w), len(w))
w.intersection_update([a, b, c, d])
print("intersection_update:", names(w), len(w))
w &= [b]
print("&=", names(w), w is alias)
x = weakref.WeakSet([a, b])
x -= x
print("x -= x:", len(x))

# Items of a result die with their objects; a dropped result frees its references.
r = s1 | s2
print("before death:", len(r), weakref.getweakrefcount(d))
del d
print("after death:", len(r), names(r), len(s2), names(s2))
del r, u
print("weakrefs of a:", weakref.getweakrefcount(a))
print("gc:", gc.collect())

try:
    s1 | 3
except TypeError as e:
    print("TypeError:", e)
try:
    s1 <= [1]
except TypeError as e:
    print("TypeError:", e)
try:
    {a} | s1
except TypeError as e:
    print("TypeError:", e)
try:
    s1.union()
except TypeError as e:
    print("TypeError:", e)
print({a, b, c} == s1, {a} < s1)
