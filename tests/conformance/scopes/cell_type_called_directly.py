# types.CellType() makes a cell directly: empty or holding its argument, with the contents' refcount and cell_contents errors
import types, sys, gc
c = types.CellType()
print(type(c).__name__, repr(c).split(" at ")[0])
try:
    c.cell_contents
except ValueError as e:
    print("ValueError:", e)
v = [1]
base = sys.getrefcount(v)
d = types.CellType(v)
print(d.cell_contents is v, sys.getrefcount(v) - base, sys.getsizeof(d), gc.is_tracked(d))
c.cell_contents = 5
print(c.cell_contents, c < d if False else c == types.CellType(5))
del c.cell_contents
print(c == types.CellType(), c < d)
for bad in [lambda: types.CellType(1, 2), lambda: types.CellType(x=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
del d
print(sys.getrefcount(v) - base)
loop = types.CellType()
loop.cell_contents = loop
del loop
print(gc.collect())
