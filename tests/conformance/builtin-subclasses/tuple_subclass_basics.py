# A tuple subclass instance is a tuple: indexing, slicing (plain tuples), +, *, ==, hash, iteration, len, in, count/index, repr, its type
import sys


class Pair(tuple):
    def first(self):
        return self[0]


p = Pair([3, 4])
print(p, repr(p), str(p), type(p).__name__, isinstance(p, tuple), len(p), p.first())
print(p[0], p[-1], p[::-1], type(p[::-1]).__name__, type(p[:]).__name__, p[:] is p, p[0:2] == p)
print(p + (5,), type(p + (5,)).__name__, (1,) + p, type((1,) + p).__name__, p + p)
print(p * 2, 2 * p, type(p * 1).__name__, p * 1 is p, p * 0, type(p * 0).__name__)
print(p == (3, 4), (3, 4) == p, p != (3, 4), p < (3, 5), p >= (3, 4), hash(p) == hash((3, 4)))
print(3 in p, 9 in p, p.count(3), p.index(4), list(p), tuple(p), type(tuple(p)).__name__, [*p], sorted(p, reverse=True))
a, b = p
print(a, b, {p: "pair"}[(3, 4)], {(3, 4): "t"}[p], len({p, (3, 4)}))
empty = Pair()
print(empty, empty == (), empty is tuple(), type(empty + ()).__name__, type(() + empty).__name__, bool(empty), bool(p))
print(Pair("ab"), Pair(range(3)), Pair(x * x for x in range(4)), Pair({1: 2}))
try:
    p.index(7)
except ValueError as e:
    print("ValueError", e)
try:
    p[5]
except IndexError as e:
    print("IndexError", e)
try:
    Pair(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    Pair(x=1)
except TypeError as e:
    print("TypeError", e)
try:
    Pair(5)
except TypeError as e:
    print("TypeError", e)
try:
    p + [1]
except TypeError as e:
    print("TypeError", e)
try:
    p[0] = 1
except TypeError as e:
    print("TypeError", e)
for x in p:
    print("item", x)
print(f"{p}", "%s" % (p,), "%d-%d" % p, max(p), min(p), sum(p), sys.getrefcount(p))
