# Ordering of int, float and str subclass instances that define only __lt__: sorted, min, max use the base's own __gt__ where the MRO finds it (not the reflected __lt__); dict keys equal to ints; index and repeat counts
class R(str):
    def __lt__(self, o): return str(self) > str(o)
print(sorted([R("a"), R("c"), R("b")]), min(R("a"), R("b")), max([R("a"), R("b")]), sorted(["b", R("a")]))
class N(float):
    def __lt__(self, o): return float(self) > float(o)
print(sorted([N(1), N(3), N(2)]), sorted([N(1), N(3)], reverse=True), sum([N(1.5), N(2)]), type(sum([N(1.5)])).__name__)
class L(int):
    def __lt__(self, o): return int(self) > int(o)
print(sorted([L(1), L(3), L(2)]), sorted([3, L(1)]), [L(1), L(2)].index(2), L(2) in [2], ",".join([R("x"), R("y")]))
import sys
h = [L(1), L(5), L(3)]
h.sort()
print(h[0])
d = {}
d[L(1)] = "a"; d[1] = "b"
print(d, len(d), type(list(d)[0]).__name__)
print(isinstance(True, int), L(3).__index__(), hex(L(255)), bin(L(2)), oct(L(8)), chr(L(65)), range(L(3)), list(range(L(2))), "ab" * L(2), [1, 2][L(1)], L(2) * "ab")
print(sys.getrefcount(L), sys.getrefcount(h[0]))
