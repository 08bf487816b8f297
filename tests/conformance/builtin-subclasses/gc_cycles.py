# The cyclic collector and list/dict subclass instances: tracked from birth, counted in generation 0, cycles through items and __dict__ collected
import gc


class Node(list):
    pass


class Graph(dict):
    pass


class Loud(list):
    def __del__(self):
        print("Loud.__del__", len(self))


print(gc.is_tracked(Node()), gc.is_tracked(Graph()), gc.is_tracked({}), gc.is_tracked(Graph(a=1)))
gc.collect()
gc.disable()
# Counts are kept and printed afterwards: CPython's first print allocates objects of its own.
start = gc.get_count()[0]
n = Node()
after_node = gc.get_count()[0] - start
g = Graph()
after_graph = gc.get_count()[0] - start
n.attr = 1
after_attribute = gc.get_count()[0] - start
g.attr = []
after_dict_attribute = gc.get_count()[0] - start
del n, g
after_del = gc.get_count()[0] - start
print(after_node, after_graph, after_attribute, after_dict_attribute, after_del)

a = Node()
a.append(a)
del a
print("self-cycle through an item", gc.collect())

b = Node()
b.me = b
del b
print("self-cycle through __dict__", gc.collect())

c = Graph()
c["self"] = c
c.payload = [1, 2]
del c
print("dict cycle with payload", gc.collect())

x, y = Node(), Graph()
x.append(y)
y["back"] = x
x.name = "x"
del x, y
print("two-object cycle", gc.collect())

z = Loud([1, 2])
z.append(z)
del z
print("cycle with __del__", gc.collect())
print("garbage", gc.garbage)

survivor = Node([Graph()])
gc.collect()
print(gc.is_tracked(survivor), gc.is_tracked(survivor[0]), len(gc.get_referents(survivor)))
gc.enable()
