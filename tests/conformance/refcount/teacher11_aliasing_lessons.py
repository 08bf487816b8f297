# aliasing lessons: mutable defaults, [[0]*3]*3, copies, t[0] += [1], rebinding versus mutation
import sys, copy
def append_to(x, into=[]):
    into.append(x)
    return into
r1 = append_to(1)
r2 = append_to(2)
print(r1, r2, r1 is r2, sys.getrefcount(r1), append_to.__defaults__[0] is r1)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, sys.getrefcount(grid[0]), len(set(map(id, grid))))
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good, sys.getrefcount(good[0]))
inner = [1, 2]
outer = [inner, inner]
s = copy.copy(outer)
d = copy.deepcopy(outer)
print(s[0] is inner, d[0] is inner, d[0] is d[1], sys.getrefcount(inner), sys.getrefcount(d[0]))
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc, sys.getrefcount(dc))
memo = {}
d2 = copy.deepcopy(outer, memo)
print(len(memo), sys.getrefcount(d2), d2[0] is memo[id(inner)])
src = [[1], [2]]
a = list(src)
b = src[:]
c = src.copy()
e = [*src]
print(a is src, a[0] is src[0], b[1] is src[1], c == src, e[0] is src[0], sys.getrefcount(src[0]))
t = ([1],)
try:
    t[0] += [2]
except TypeError as exc:
    print("TypeError:", exc)
print(t, sys.getrefcount(t[0]))
t2 = ([1],)
t2[0].extend([3])
print(t2)
def rebind(lst):
    lst = lst + [99]
    return sys.getrefcount(lst)
def mutate(lst):
    lst += [99]
    return sys.getrefcount(lst)
data = [1]
print(rebind(data), data, mutate(data), data)
G = []
def add_global(v):
    G.append(v)
def rebind_global():
    global G
    G = [0]
add_global(1)
old = G
rebind_global()
print(old, G, sys.getrefcount(old), sys.getrefcount(G))
x = y = []
x.append(1)
print(y, x is y)
x = x + [2]
print(y, x, x is y)
n = m = 5
n += 1
print(n, m)
d = dict.fromkeys("ab", [])
d["a"].append(1)
print(d, sys.getrefcount(d["a"]))
