#| title: Shallow and deep copies
#| panels: source, heap
import copy
import sys

row = [1, 2]
grid = [row, [3, 4]]
flat = copy.copy(grid)
deep = copy.deepcopy(grid)
print("new outer lists?", flat is not grid, deep is not grid)
print("shallow copy shares the inner list?", flat[0] is row)
print("deep copy has its own?", deep[0] is not row)
print("refcount of row:", sys.getrefcount(row))
row.append(99)
print("shallow sees the change:", flat[0])
print("deep does not:", deep[0])
