# sorted() calls the new list's bound sort method: a new object, counted in generation 0, that holds the list while it sorts.
import gc, sys
[].sort(key=None)
gc.collect()
gc.disable()
counts = []
def key(x):
    counts.append(gc.get_count()[0])
    return -x
base = gc.get_count()[0]
result = sorted([3, 1, 2], key=key)
after = gc.get_count()[0]
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        counts.append(gc.get_count()[0])
        return self.v < other.v
ordered = [k.v for k in sorted([K(2), K(1), K(3)])]
words = ["bb", "a", "ccc"]
by_length = sorted(words, key=len, reverse=True)
end = gc.get_count()[0]
print(result, ordered, by_length, [c - base for c in counts], after - base, end - base, sys.getrefcount(words))
