# tuple *= n makes a new tuple (tuples have no in-place repeat): at module level and in a function, for counts 2, 1, 0 and -1, an int subclass count, an empty tuple, and a tuple subclass
import sys
class MyInt(int):
    pass
class T(tuple):
    pass
y = (1,)
y *= 2
print(y)
z = y
z *= MyInt(3)
print(z, y, z is y)
def f(n):
    s = (1, 2)
    before = s
    s *= n
    return s, s is before
for n in [2, 1, 0, -1]:
    print(n, f(n))
e = ()
e *= 5
print(e, e is ())
t = T((1, 2))
t *= 2
print(type(t).__name__, t)
t = T((1, 2))
u = t
t *= 1
print(type(t).__name__, t, t is u)
x = [object()]
w = tuple(x)
print(sys.getrefcount(x[0]))
w *= 3
print(sys.getrefcount(x[0]), len(w))
