# empty cells: reading before assignment, deleting a cell variable
def f():
    def inner(): return x
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    x = 1
    print(inner(), c.cell_contents)
    del x
    try:
        inner()
    except NameError as e:
        print(e)
    print(repr(c)[:12])
f()
import types
c = types.CellType()
print(repr(c).split(' at')[0])
c.cell_contents = 5
print(c.cell_contents, c == c)
del c.cell_contents
try:
    c.cell_contents
except ValueError as e:
    print(e)
