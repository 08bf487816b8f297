# closures keep variables in cells; the cell holds the object, not the frame
import sys
def make_counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc, count
inc, box = make_counter()
print("box", sys.getrefcount(box))
cell = inc.__closure__[0]
print(type(cell).__name__, cell.cell_contents is box)
print("cell", sys.getrefcount(cell))
inc(); inc()
print(box)
del inc
print("closure gone", sys.getrefcount(box), sys.getrefcount(cell))
def outer():
    x = object()
    def f():
        return x
    def g():
        return x
    return f, g
f, g = outer()
print(f.__closure__[0] is g.__closure__[0])
print("shared cell", sys.getrefcount(f.__closure__[0]))
print("x", sys.getrefcount(f()))
