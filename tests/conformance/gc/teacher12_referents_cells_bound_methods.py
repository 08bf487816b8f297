# gc.get_referents and get_referrers on cells, closures and bound methods
import gc
def make():
    x = [1, 2]
    def show(): return x
    return show
f = make()
cell = f.__closure__[0]
print(type(cell).__name__, cell.cell_contents)
print([type(r).__name__ for r in gc.get_referents(cell)])
print([type(r).__name__ for r in gc.get_referrers(cell)])
lst = cell.cell_contents
print(any(r is cell for r in gc.get_referrers(lst)))
class K:
    def m(self): return 1
k = K()
bm = k.m
refs = gc.get_referents(bm)
print(sorted(type(r).__name__ for r in refs))
print(any(r is k for r in refs), any(r is K.m for r in refs))
print(any(r is bm for r in gc.get_referrers(k)))
print(gc.is_tracked(bm), gc.is_tracked(cell), gc.is_tracked(f))
