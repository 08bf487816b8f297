# Closures over a loop variable bind late: every lambda sees the last value; default arguments capture early and hold references
import sys

class Item:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f'Item({self.n})'

items = [Item(i) for i in range(3)]
late = [lambda: it for it in items]
print([f() for f in late])
early = [lambda it=it: it for it in items]
print([f() for f in early])
print([sys.getrefcount(x) for x in items])
print(late[0].__closure__[0].cell_contents, late[0].__closure__[0] is late[2].__closure__[0])
print(early[1].__defaults__, sys.getrefcount(items[1]))
del early
print([sys.getrefcount(x) for x in items])
del late
print([sys.getrefcount(x) for x in items])

def make():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = 10
    return fs
print([f() for f in make()])
def make2():
    return [(lambda i: lambda: i)(i) for i in range(3)]
fs = make2()
print([f() for f in fs], len({id(f.__closure__[0]) for f in fs}))
