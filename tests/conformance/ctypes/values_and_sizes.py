# c_long and friends with their own value: repr, value, truncation, bool, sizes, gc tracking, aliases, py_object and cast
import ctypes
import gc
import sys

x = ctypes.c_long(5)
print(x, x.value, repr(x), str(x))
print(sys.getsizeof(x), gc.is_tracked(x), ctypes.sizeof(x), ctypes.sizeof(ctypes.c_long))
x.value = 7
print(x)
x.value = 2**64 + 3
print(x)
print(ctypes.c_long(), ctypes.c_long(True), ctypes.c_long(2**63), ctypes.c_long(-1))
print(ctypes.c_int(2**40 + 1), ctypes.c_uint(-1), ctypes.c_ulong(-1), ctypes.c_int(-7))
print(bool(ctypes.c_long(0)), bool(ctypes.c_long(3)), bool(ctypes.c_int(2**32)))
print([ctypes.sizeof(t) for t in (ctypes.c_long, ctypes.c_int, ctypes.c_ulong, ctypes.c_uint, ctypes.c_ssize_t, ctypes.c_size_t, ctypes.c_longlong, ctypes.py_object)])
print(ctypes.c_ssize_t is ctypes.c_long, ctypes.c_size_t is ctypes.c_ulong, ctypes.c_int32 is ctypes.c_int)
print(ctypes.c_long, ctypes.c_int, ctypes.py_object, ctypes.c_long.__name__, ctypes.c_long.__module__)
print(type(x) is ctypes.c_long, isinstance(x, ctypes.c_long), isinstance(x, ctypes.c_int))
print(sys.getsizeof(ctypes.c_int(1)), sys.getsizeof(ctypes.c_long.from_address(id(x))))
print(x == ctypes.c_long(7), x == x)


class Index:
    def __index__(self):
        return 11


print(ctypes.c_long(Index()))

items = [1, 2]
p = ctypes.py_object(items)
print(p, p.value is items, sys.getrefcount(items))
del p
print(sys.getrefcount(items))
print(ctypes.py_object())
c = ctypes.cast(id(items), ctypes.py_object)
print(c, c.value is items, sys.getsizeof(c), gc.is_tracked(c), sys.getrefcount(items))
print(gc.is_tracked(ctypes.c_long(1)), bool(ctypes.c_long.from_address(id(items))))
