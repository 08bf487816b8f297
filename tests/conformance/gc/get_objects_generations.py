# gc.get_objects(gen) shows a new object moving from generation 0 to 1 to 2 as it survives collections.
import gc

class Node:
    pass

def where():
    return [sum(1 for o in gc.get_objects(gen) if type(o) is Node) for gen in range(3)]

gc.collect()
keep = Node()
print("new:", where())
gc.collect(0)
print("after collect(0):", where())
gc.collect(1)
print("after collect(1):", where())
another = Node()
print("another:", where())
gc.collect()
print("after full collect:", where())
