# complex objects in memory: refcounts of variables and folded constants, identity of constants, gc, sizes
import gc
import sys

z = 3 + 4j
print(sys.getrefcount(z))
w = z
print(sys.getrefcount(z), w is z)
a = 3 + 4j
print(a is z, sys.getrefcount(a))
t = complex(3, 4)
print(t is z, t == z, sys.getrefcount(t))
u = z + 0
print(u is z, sys.getrefcount(u))
print(gc.is_tracked(z), gc.is_tracked([z]), gc.is_tracked((z,)), gc.is_tracked((1, 2j)))
print(sys.getsizeof(z), sys.getsizeof([z, z]), sys.getsizeof((1j,)), sys.getsizeof({1j: 1}))
print(+z is z, complex(z) is z, z.real is z.real, z.conjugate() is z.conjugate())


def f():
    return 1.5j


print(f() is f(), sys.getrefcount(f()))
x = -2j
y = (-2) ** 0.5
print(sys.getrefcount(x), sys.getrefcount(y), type(y).__name__)
items = [1j, 2j, 1j + 2]
print(sys.getrefcount(items[0]), sys.getrefcount(items[2]))
del items
print(sys.getrefcount(z))
del w, z
print(sys.getrefcount(a))
