# sys.getsizeof of dicts: growth steps, deletion does not shrink, instance dicts share keys
import sys
d = {}
seen = []
for i in range(40):
    d[i] = i
    s = sys.getsizeof(d)
    if not seen or seen[-1][1] != s:
        seen.append((len(d), s))
print(seen)
for i in range(35):
    del d[i]
print("after deleting", len(d), sys.getsizeof(d))
print("copy", sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))
print("empty", sys.getsizeof({}), "literal", sys.getsizeof({"a": 1, "b": 2}))
print("fromkeys", sys.getsizeof(dict.fromkeys(range(10))))
print("comprehension", sys.getsizeof({k: k for k in range(10)}))
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p, q = Point(1, 2), Point(3, 4)
print("instance dicts", sys.getsizeof(p.__dict__), sys.getsizeof(q.__dict__))
p.z = 5
print("grew one", sys.getsizeof(p.__dict__), sys.getsizeof(q.__dict__))
d2 = {"x": 1, "y": 2}
print("plain dict same keys", sys.getsizeof(d2))
d2.clear()
print("cleared", sys.getsizeof(d2))
print("str keys vs int keys", sys.getsizeof({"a": 1}), sys.getsizeof({1: 1}))
