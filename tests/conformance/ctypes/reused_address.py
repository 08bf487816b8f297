# A freed list's or dict's address goes to the next new one (CPython's free lists): a view of that address then reads the new object's count
import ctypes

a = [1, 2]
addr = id(a)
view = ctypes.c_long.from_address(addr)
print(view.value)
del a
print("freed", view.value)
b = []
print("same address", id(b) == addr)
print("new list", view.value, ctypes.c_long.from_address(addr).value)
c = b
print(view.value)
del b, c
print("freed again", view.value)

d = {"x": 1}
daddr = id(d)
del d
print("freed dict", ctypes.c_long.from_address(daddr).value)
e = {}
f = e
print("same address", id(e) == daddr)
print("new dict", ctypes.c_long.from_address(daddr).value)
print(ctypes.cast(daddr, ctypes.py_object).value is e)


class P:
    pass


p = P()
paddr = id(p)
pview = ctypes.c_long.from_address(paddr)
del p
print("freed instance", pview.value)
