# class OrderedSet(set) and frozenset subclasses with extra methods: init fills, operators and copies give plain sets, reprs, hashing, sizes, GC tracking, weakrefs
import gc
import sys
import weakref


class OrderedSet(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)
        return self

    def __repr__(self):
        return "OrderedSet(" + repr(sorted(self)) + ")"


o = OrderedSet([3, 1])
o.add_all(2, 5)
print(o, len(o), 2 in o, type(o | {9}).__name__, type(o.copy()).__name__, o - {1}, type(o & {1, 2}).__name__, type(o.union([4])).__name__)
o |= {7}
print(o, type(o).__name__, o == {1, 2, 3, 5, 7}, o.issubset(range(10)), sorted(o ^ {1, 100}))
print(sys.getsizeof(OrderedSet()), sys.getsizeof(o), sys.getsizeof(set()), gc.is_tracked(o), sys.getrefcount(o))
r = weakref.ref(o)
print(r() is o)
o.name = "primes"
print(vars(o), sys.getsizeof(o))


class Bag(set):
    pass


b = Bag("aa")
print(b, Bag(), repr(Bag([1, 2])), Bag(range(3)) == {0, 1, 2}, isinstance(b, set))
set.__init__(b, [5, 6])
print(b)
try:
    hash(b)
except TypeError as e:
    print("TypeError:", e)
try:
    Bag([1], [2])
except TypeError as e:
    print("TypeError:", e)


class FS(frozenset):
    def total(self):
        return sum(self)


f = FS([1, 2, 3])
print(f, FS(), f.total(), hash(f) == hash(frozenset([1, 2, 3])), {f: "x"}[frozenset([1, 2, 3])], type(f | {4}).__name__)
print(frozenset(f) is f, type(frozenset(f)).__name__, type(f.copy()).__name__, f.copy() is f, f == {1, 2, 3})
print(sys.getsizeof(f), gc.is_tracked(f), sys.getrefcount(f))
print(sys.getsizeof(FS(range(10))), sys.getsizeof(frozenset(range(10))))


class Tagged(frozenset):
    def __new__(cls, items, tag):
        obj = super().__new__(cls, items)
        obj.tag = tag
        return obj


tg = Tagged([1, 2], "pair")
print(tg, tg.tag, sorted(tg))
