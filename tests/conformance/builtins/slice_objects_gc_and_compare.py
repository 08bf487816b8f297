# Slices in 3.11: tracked by the collector, reused from a one-slice cache, compared as (start, stop, step) tuples, released step first
import gc

print(gc.is_tracked(slice(1, 2)), gc.is_tracked(slice(None)))
gc.collect()
a = gc.get_count()
s = slice(1, 2)
b = gc.get_count()
t = slice(1, 3)
c = gc.get_count()
del s
u = slice(1, 4)
d = gc.get_count()
del t, u
e = gc.get_count()
items = list(range(10))
gc.collect()
f = gc.get_count()
part = items[2:5]
g = gc.get_count()
part = items[::3]
h = gc.get_count()
print(a, b, c, d, e, f, g, h)

print(slice(1, 3) == slice(1, 3), slice(1, 3) != slice(1, 3), slice(1, 3) == slice(1, 4))
print(slice(1, 3) < slice(1, 4), slice(2) > slice(1), slice(1, 3) <= slice(1, 3), slice(1, 3) == (1, 3, None))
x = slice(5)
print(x == x, x != x, x <= x, x < x)
try:
    slice(None, 1) < slice(0, 1)
except TypeError as err:
    print("TypeError:", err)
try:
    hash(slice(1))
except TypeError as err:
    print("TypeError:", err)

class Loud:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print("eq", self.n, other.n)
        return self.n == other.n
    def __del__(self):
        print("del", self.n)

print(slice(Loud(1), Loud(2)) == slice(Loud(1), Loud(3)))
s = slice(Loud(4), Loud(5), Loud(6))
del s
s = slice(Loud(7), 2)
print([type(r).__name__ for r in gc.get_referents(s)])
cycle = [s]
cycle.append(cycle)
del s, cycle
print("collected", gc.collect())
