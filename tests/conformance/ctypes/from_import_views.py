# from ctypes import ...: c_int and c_ulong views, counts seen from a method, a generator's frame and a recursion, and a view in a list
from ctypes import c_int, c_long, c_ulong, c_ssize_t, sizeof


class Box:
    def __init__(self):
        self.items = []

    def count_self(self):
        return c_long.from_address(id(self)).value


box = Box()
addr = id(box)
print(sizeof(c_int), sizeof(c_ssize_t))
print(c_int.from_address(addr).value, c_ulong.from_address(addr).value)
print("method", box.count_self())
boxes = [box] * 4
print("in a list 4 times", c_int.from_address(addr).value)
del boxes


def walk(obj, depth):
    if depth == 0:
        return c_long.from_address(id(obj)).value
    return walk(obj, depth - 1)


print("recursion", walk(box, 5))


def gen(obj):
    yield c_long.from_address(id(obj)).value
    held = obj
    yield c_long.from_address(id(held)).value


g = gen(box)
print("generator", next(g), next(g))
print("suspended generator holds it", c_long.from_address(addr).value)
del g
print("generator closed", c_long.from_address(addr).value)

views = [c_long.from_address(addr) for _ in range(2)]
print(views, views[0].value)
items_addr = id(box.items)
items_view = c_long.from_address(items_addr)
print(items_view.value)
del box
print(views[0].value, items_view.value)
