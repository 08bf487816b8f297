# closures and cells
import sys
def outer():
    count = 0
    items = []
    def inc():
        nonlocal count
        count += 1
        items.append(count)
        return count
    return inc
f = outer()
f(); f()
print(f.__closure__[0].cell_contents, f.__closure__[1].cell_contents)
print(f.__code__.co_freevars)
cell = f.__closure__[1]
print(sys.getrefcount(cell))
lst = cell.cell_contents
print(sys.getrefcount(lst))
del f
print(sys.getrefcount(cell), sys.getrefcount(lst))
fs = [lambda: i for i in range(3)]
print([g() for g in fs])
fs = [lambda i=i: i for i in range(3)]
print([g() for g in fs])
def make():
    x = 1
    def a(): return x
    def b(): return x
    return a, b
a, b = make()
print(a.__closure__[0] is b.__closure__[0])
print(sys.getrefcount(a.__closure__[0]))
