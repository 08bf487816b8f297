# A view's count follows function arguments, frame locals, closures and a returned object, read from inside and outside the call
import ctypes


def count(address):
    return ctypes.c_long.from_address(address).value


class Node:
    pass


n = Node()
addr = id(n)
print("module name", count(addr))


def takes(obj):
    print("argument", count(addr))
    local = obj
    print("plus a local", count(addr))
    return local


r = takes(n)
print("after return, kept", count(addr))
del r


def outer(obj):
    def inner():
        return obj
    print("in a cell", count(addr))
    return inner


f = outer(n)
print("closure keeps it", count(addr))
print("through the closure", count(id(f())))
del f
print("closure gone", count(addr))

view = ctypes.c_long.from_address(addr)
pairs = [n for _ in range(3)]
print("view reads now", view.value)
pairs.pop()
print("and again", view.value)
del pairs
print(view.value, view)
del n
print("freed", view.value)
