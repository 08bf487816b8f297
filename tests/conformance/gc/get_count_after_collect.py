# gc.get_count() is reset by a collection and grows with tracked allocations.
import gc

class Node:
    pass

gc.collect()
print("after full collect:", gc.get_count())
keep = [Node() for _ in range(5)]
print("after allocations:", gc.get_count())
gc.collect(0)
print("after gen 0 collect:", gc.get_count())
gc.collect(1)
print("after gen 1 collect:", gc.get_count())
