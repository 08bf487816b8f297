# A cycle of objects keeps counts above zero until gc.collect() frees it: a view then reads 0 (CPython leaves ob_refcnt 0 in freed GC objects)
import ctypes
import gc

gc.disable()


class Node:
    def __init__(self):
        self.other = None


a = Node()
b = Node()
a.other = b
b.other = a
addr_a = id(a)
addr_b = id(b)
view_a = ctypes.c_long.from_address(addr_a)
view_b = ctypes.c_long.from_address(addr_b)
print(view_a.value, view_b.value)
del a
print(view_a.value, view_b.value)
del b
print(view_a.value, view_b.value)
print(gc.collect())
print(view_a.value, view_b.value)

items = []
items.append(items)
laddr = id(items)
print(ctypes.c_long.from_address(laddr).value)
del items
print(ctypes.c_long.from_address(laddr).value)
gc.collect()
print(ctypes.c_long.from_address(laddr).value)
