# insort puts the item in through list.insert's capacity rules (sys.getsizeof), keeps one reference to it, computes key(x) once, and calls a subclass's insert
import bisect, sys
l = []
sizes = []
for v in [5, 1, 4, 2, 3, 9, 0, 7, 6, 8]:
    bisect.insort(l, v)
    sizes.append(sys.getsizeof(l))
print(l, sizes)
bisect.insort_left(l, 4, 0, 3)
bisect.insort_right(l, 4, lo=8)
print(l, sys.getsizeof(l))
class Seq(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)
s = Seq([1, 3])
bisect.insort(s, 2)
bisect.insort_left(s, 3)
print(s)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v < other.v
    def __repr__(self): return f"K({self.v})"
    def __del__(self): print("del", self.v)
item = K(3)
print(sys.getrefcount(item))
ks = [K(1), K(5)]
bisect.insort(ks, item)
print(sys.getrefcount(item), ks)
nums = [1, 3, 5]
keyed = []
def key(x):
    keyed.append(x)
    return x
bisect.insort(nums, 4, key=key)
bisect.insort_left(nums, 3, key=key)
print(keyed, nums)
recs = [("a", 1), ("b", 3), ("c", 5)]
bisect.insort(recs, ("z", 4), key=lambda r: r[1])
bisect.insort_left(recs, ("y", 1), key=lambda r: r[1])
print(recs)
del ks
print("ks gone")
del item
print("end")
