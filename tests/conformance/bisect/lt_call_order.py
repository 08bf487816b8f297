# bisect_left asks a[mid] < x and bisect_right x < a[mid], holding a new reference to a[mid] for the comparison; lo and hi narrow the search
import bisect, sys
calls = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v, sys.getrefcount(self), sys.getrefcount(other)))
        return self.v < other.v
    def __repr__(self): return f"K({self.v})"
a = [K(v) for v in [1, 2, 2, 2, 5, 8]]
for fn in (bisect.bisect_left, bisect.bisect_right, bisect.bisect):
    calls.clear()
    print(fn.__name__, fn(a, K(2)), calls)
    calls.clear()
    print(fn.__name__, fn(a, K(6), 2, 5), calls)
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
nums = [1, 3, 3, 5, 7]
print(bisect.bisect_left(nums, 3), bisect.bisect_right(nums, 3), bisect.bisect_left(nums, 3, 2), bisect.bisect_right(nums, 3, 0, 2))
print(bisect.bisect_left(nums, 9, hi=3), bisect.bisect_right(nums, 0, lo=4), bisect.bisect(nums, 4, 1, None), bisect.bisect(nums, 4, hi=-1), bisect.bisect(nums, 4, hi=-5))
print(bisect.bisect_left((1, 2, 3), 2), bisect.bisect_right("abcde", "c"), bisect.bisect_left(range(0, 100, 5), 42), bisect.bisect_left([], 1))
class Seq:
    def __len__(self):
        print("len")
        return 4
    def __getitem__(self, i):
        print("getitem", i)
        return i * 10
print(bisect.bisect_left(Seq(), 25), bisect.bisect_right(Seq(), 20, hi=3))
recs = [("a", 1), ("b", 3), ("c", 5)]
seen = []
def key(r):
    seen.append((r[0], sys.getrefcount(r)))
    return r[1]
print(bisect.bisect_left(recs, 3, key=key), bisect.bisect_right(recs, 3, key=key), seen)
