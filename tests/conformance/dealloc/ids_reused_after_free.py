# id() of a new object reuses the address of the one just freed (same type free list or allocator size class, newest first): id(A()) == id(A()), a list made after del gets the old list's id
class A:
    def m(self): pass
class B: pass
class S:
    __slots__ = ('x',)
print(id(A()) == id(B()), id(A()) == id(S()), id(S()) == id(S()))
print([id(A()) for _ in range(3)].count(id(A())))
a = A(); b = A()
ia, ib = id(a), id(b)
del a, b
c = A(); d = A()
print(id(c) == ib, id(d) == ia)
x = (1, 2); ix = id(x); del x
y = (3, 4)
print(id(y) == ix)
z = (1, 2, 3)
print(id(z) == ix)
f = 1.5 + 1; i1 = id(f); del f
g = 2.5 + 1
print(id(g) == i1)
n = 10**20 + 1; i2 = id(n); del n
m = 10**20 + 2
print(id(m) == i2)
s = "abc" * 10; i3 = id(s); del s
t = "xyz" * 10
print(id(t) == i3)
l = [1, 2, 3]; il = id(l); del l
l2 = [4]
print(id(l2) == il)
d1 = {'a': 1}; idd = id(d1); del d1
d2 = {}
print(id(d2) == idd)
def fn(): pass
ifn = id(fn); del fn
def fn2(): pass
print(id(fn2) == ifn)
o = A()
io = id(o)
del o
lst = [A() for _ in range(3)]
print(id(lst[0]) == io)
ids = [id(A()) for _ in range(5)]
print(len(set(ids)))
a = A()
print(id(a.m) == id(a.m))
x = [id(B()) == id(A()) for _ in range(2)]
print(x)
def f():
    o = A()
    return id(o)
print(f() == f())
l = [A(), A(), A()]
old = [id(o) for o in l]
del l
new = [A(), A(), A()]
print([id(o) in old for o in new], [id(o) for o in new] == old[::-1], [id(o) for o in new] == old)
t = tuple([1, 2]); it = id(t); del t
u = tuple([3, 4])
print(id(u) == it)
f1 = float("1.5"); i1 = id(f1); del f1
f2 = float("2.5")
print(id(f2) == i1)
g = [None]
ig = id(g)
g = [1]
print(id(g) == ig)
h = {}
ih = id(h)
h = {}
print(id(h) == ih)
def gen(): yield 1
print(id(gen()) == id(gen()))
print(id(iter([])) == id(iter([])))
print(id(str(10**30)) == id(str(10**30)))
