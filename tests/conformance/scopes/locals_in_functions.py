# locals() and vars() in a function fill the frame's f_locals dict: the same dict each call, holding a reference to each value
import sys, gc
class Item:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
def f(a, b=2):
    x = Item("x")
    print(sys.getrefcount(x))
    snapshot = locals()
    print(sorted(snapshot), sys.getrefcount(x), sys.getrefcount(snapshot))
    del x
    print("after del x")
    again = locals()
    print(again is snapshot, sorted(again), "x" in again)
    y = 10
    print(sorted(vars()))
    return "done"
print(f(1))
def outer():
    cell_var = Item("cell")
    def inner():
        print(sorted(locals()))
        return cell_var
    inner()
    print(sorted(locals()))
    return inner
fn = outer()
del fn
print(gc.collect())
def gen():
    v = Item("gen")
    yield sorted(locals())
    yield sys.getrefcount(v)
g = gen()
print(next(g), next(g))
del g
print("end")
