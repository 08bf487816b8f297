# a closure cycle through a cell: the function refers to itself by name in an enclosing scope
import gc, weakref
gc.collect()
class Marker:
    def __del__(self): print("marker freed")
def make():
    m = Marker()
    def rec(n):
        m
        return 0 if n == 0 else rec(n - 1)
    return rec
r = make()
print(r(3))
w = weakref.ref(r)
del r
print("alive", w() is not None)
print("collected", gc.collect())
print("alive", w() is not None)
def make2():
    data = []
    def add(x):
        data.append(x)
    data.append(add)
    return add
a = make2()
print(len(a.__closure__[0].cell_contents))
del a
print("collected", gc.collect())
