# a tuple holding one of the code's constant tuples is untracked in the same collection as that constant (it comes first in the young list)
import gc
x = 3
c = ((1, 2), x)
d = tuple([(1, 2), (3, 4)])
def f(n):
    return ((5, 6), n)
e = f(x)
print(gc.is_tracked(c[0]), gc.is_tracked(c), gc.is_tracked(d), gc.is_tracked(e))
gc.collect()
print(gc.is_tracked(c[0]), gc.is_tracked(c), gc.is_tracked(d), gc.is_tracked(e))
g = ((1, 2), [x])
gc.collect()
print(gc.is_tracked(g), gc.is_tracked(g[0]))
