# gc.get_count() is reset by a collection and grows with tracked allocations.
import gc

class Node:
    pass

gc.collect()
fresh = gc.get_count()
a = Node()
b = Node()
two_nodes = gc.get_count()
gc.collect(0)
after_gen0 = gc.get_count()
gc.collect(1)
after_gen1 = gc.get_count()
print("after full collect:", fresh)
print("after two instances:", two_nodes)
print("after gen 0 collect:", after_gen0)
print("after gen 1 collect:", after_gen1)
