# refcounts through copy, list(), slicing, and containers of containers
import sys, copy
inner = [1, 2]
outer = [inner, inner, (inner,)]
def rc(o): return sys.getrefcount(o) - 1
print(rc(inner))
a = outer[:]
print(rc(inner))
b = list(outer)
print(rc(inner))
c = outer * 2
print(rc(inner))
d = copy.copy(outer)
print(rc(inner))
e = copy.deepcopy(outer)
print(rc(inner), rc(e[0]), e[0] is e[1], e[2][0] is e[0])
del a, b, c, d
print(rc(inner))
t = tuple(outer)
print(rc(inner), t[2] is outer[2], rc(outer[2]))
f = [x for x in outer]
print(rc(inner))
g = {i: inner for i in range(3)}
print(rc(inner))
g.clear()
print(rc(inner))
s = {id(inner): inner}
print(rc(inner))
del f, s, t
print(rc(inner))
m = dict.fromkeys("abc", inner)
print(rc(inner))
n = [inner] * 5
print(rc(inner))
del m, n
print(rc(inner))
