# what del really does: names, items, slices, attributes
import sys
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = T(1)
b = a
print(sys.getrefcount(a))
del a
print("after del a", sys.getrefcount(b))
del b
print("after del b")
lst = [T(2), T(3), T(4), T(5)]
del lst[1]
print("after del lst[1]")
del lst[::2]
print("after del lst[::2]", len(lst))
d = {"k": T(6), "j": T(7)}
del d["j"]
print("after del d[j]")
o = T(8)
o.child = T(9)
del o.child
print("after del o.child")
x, y = T(10), T(11)
del x, y
print("after del x, y")
try:
    del zzz
except NameError as e:
    print(e)
def f():
    q = T(12)
    del q
    try:
        print(q)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
f()
print("end")
