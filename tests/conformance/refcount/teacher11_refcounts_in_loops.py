# sys.getrefcount inside loops: what the iterator, the loop variable, unpacking, enumerate and zip hold
import sys
items = [[1], [2], [3]]
pairs = [([1], [2]), ([3], [4])]
d = {"a": [1], "b": [2]}
print(sys.getrefcount(items))
for x in items:
    print("for", sys.getrefcount(items), sys.getrefcount(x))
print("after", sys.getrefcount(x))
for i, x in enumerate(items):
    print("enumerate", sys.getrefcount(x))
for a, b in pairs:
    print("unpack", sys.getrefcount(a), sys.getrefcount(pairs[0]))
for k in d:
    print("dict", sys.getrefcount(k) > 1, sys.getrefcount(d[k]))
for k, v in d.items():
    print("items", sys.getrefcount(v))
for p in zip(items, items):
    print("zip", sys.getrefcount(p), sys.getrefcount(p[0]))
del p
r = [sys.getrefcount(y) for y in items]
print("comprehension", r)
g = list(sys.getrefcount(y) for y in items)
print("genexp", g)
n = 0
while (chunk := items[n:n + 2]):
    print("walrus", len(chunk), sys.getrefcount(chunk))
    n += 2
it = iter(items)
print(sys.getrefcount(items), sys.getrefcount(it))
first = next(it)
print(sys.getrefcount(first))
del it, first
print(sys.getrefcount(items))
def gen():
    for y in items:
        yield y
ge = gen()
nx = next(ge)
print("in generator", sys.getrefcount(nx), sys.getrefcount(items))
ge.close()
print("closed", sys.getrefcount(nx), sys.getrefcount(items))
