# ctypes.c_long.from_address(id(x)).value reads x's reference count without getrefcount's extra reference: names, containers, del, freed lists
import ctypes

a = []
addr = id(a)
print(ctypes.c_long.from_address(addr).value)
b = a
print(ctypes.c_long.from_address(id(a)).value)
holder = [a, a, b]
print(ctypes.c_long.from_address(addr).value)
d = {"k": a}
print(ctypes.c_long.from_address(addr).value)
t = (a,)
print(ctypes.c_long.from_address(addr).value)
del holder, d, t
print(ctypes.c_long.from_address(addr).value)
del a, b
print(ctypes.c_long.from_address(addr).value)

x = {}
xaddr = id(x)
y = [x]
print(ctypes.c_ssize_t.from_address(xaddr).value, ctypes.c_longlong.from_address(xaddr).value)
y.clear()
print(ctypes.c_long.from_address(xaddr).value)
del x
print(ctypes.c_long.from_address(xaddr).value)
