# Several closures sharing one nonlocal counter share one cell; the cell keeps the value alive after the outer frame ends
import sys, gc

def counter():
    count = 0
    history = []
    def inc():
        nonlocal count
        count += 1
        history.append(count)
        return count
    def dec():
        nonlocal count
        count -= 1
        history.append(count)
        return count
    def peek():
        return count, list(history)
    return inc, dec, peek

inc, dec, peek = counter()
print(inc(), inc(), dec(), peek())
print(inc.__closure__[0] is dec.__closure__[0], len(inc.__closure__), len(peek.__closure__))
print(inc.__code__.co_freevars, counter.__code__.co_cellvars)
cell = inc.__closure__[0]
print(sys.getrefcount(cell))
del dec
print(sys.getrefcount(cell))
big = 10 ** 30
def holder():
    value = big
    def get():
        return value
    return get
g = holder()
print(sys.getrefcount(big))
del g
print(sys.getrefcount(big))
def self_ref():
    def rec(n):
        return n if n == 0 else rec(n - 1)
    return rec
r = self_ref()
print(r(3), r.__closure__[0].cell_contents is r)
del r
print(gc.collect())
