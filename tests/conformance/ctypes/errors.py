# CPython's own errors from the ctypes subset: address arguments, argument counts, values that are no integers, sizeof, cast, hashing
import ctypes


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


a = []
attempt(lambda: ctypes.c_long.from_address([]))
attempt(lambda: ctypes.c_long.from_address(2.0))
attempt(lambda: ctypes.c_long.from_address())
attempt(lambda: ctypes.c_int.from_address(1, 2))
attempt(lambda: ctypes.c_long.from_address(address=id(a)))
attempt(lambda: ctypes.c_long("a"))
attempt(lambda: ctypes.c_long(1.5))
attempt(lambda: ctypes.c_long(None))
attempt(lambda: ctypes.c_long(1, 2))
attempt(lambda: ctypes.sizeof(3))
attempt(lambda: ctypes.sizeof([]))
attempt(lambda: ctypes.sizeof())
attempt(lambda: ctypes.cast(id(a), ctypes.c_long))
attempt(lambda: hash(ctypes.c_long(1)))
attempt(lambda: {ctypes.c_long(1): 1})
attempt(lambda: ctypes.py_object().value)
x = ctypes.c_long(3)


def store(v):
    x.value = v


attempt(lambda: store("no"))
attempt(lambda: store(4) or x)
attempt(lambda: ctypes.c_long(3).missing)
