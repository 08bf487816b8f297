# id() reuse after free: a freed object's address can be handed to the next object of the same size
class A:
    pass
a = A()
first = id(a)
del a
b = A()
print("same address reused", id(b) == first)
x = [1, 2, 3]
addr = id(x)
del x
y = [4, 5]
print("list free list", id(y) == addr)
print("temporaries", id([]) == id([]))
t = (1, 2, 3)
ta = id(t)
del t
u = (7, 8, 9)
print("tuple same length", id(u) == ta)
d = {"a": 1}
da = id(d)
del d
e = {}
print("dict free list", id(e) == da)
f = 3.25
fa = id(f)
del f
g = float("2.5")
print("float free list", id(g) == fa)
s1 = A()
s2 = A()
print(id(s1) != id(s2))
