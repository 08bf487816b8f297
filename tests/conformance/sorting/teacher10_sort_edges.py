# sorting edge cases: only __gt__, reflected comparisons, NaN, mixed numbers, key errors and reverse stability
import functools, math

class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("  gt", self.v, other.v)
        return self.v > other.v
    def __repr__(self):
        return f"G{self.v}"
print(sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)]))
print(min(OnlyGt(5), OnlyGt(4)))

class Both:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return NotImplemented
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"B{self.v}"
print(sorted([Both(3), Both(1), Both(2)]))

nan = float("nan")
print(sorted([3, nan, 1, 2]), sorted([nan, 3, 1]), max([1, nan, 3]), min([nan, 1]))
print(sorted([3, 1.5, True, 0, -2.5, False]), sorted([1, 1.0, True], key=lambda x: 0) , sorted([2**70, 1e21, 10**21]))
pairs = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs, key=lambda p: p[1])[::-1])
try:
    sorted([1, None, 2])
except TypeError as e:
    print(e)
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print(e)
try:
    sorted(["a", "b"], key=len, cmp=None)
except TypeError as e:
    print(e)
try:
    sorted([1, 2], key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    max([], key=len)
except ValueError as e:
    print(e)
try:
    min(1)
except TypeError as e:
    print(e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)
print(max([1, 2], default=None), max("b", "a", key=str.upper), min([[3], [1, 2]], key=len))
print(sorted({"b": 1, "a": 2}), sorted("hello", reverse=True), sorted(range(5), key=lambda x: -x))
print(sorted([complex(1, 1)], key=abs))
try:
    sorted([1j, 2j])
except TypeError as e:
    print(e)
def by_len_then_alpha(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
print(sorted(["bb", "a", "ab", "c", "abc"], key=functools.cmp_to_key(by_len_then_alpha)))
lst = [5, 2, 8]
print(lst.sort(), lst, lst.sort(reverse=True), lst)
print(sorted([[2, 1], [1, 2], [1, 1, 0], [1]]), sorted([(0, "b"), (0, "a")]), sorted([True, False, True]))
print(sorted(["B", "a", "C"], key=str.lower), sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
