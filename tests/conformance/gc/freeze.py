# gc.freeze moves every tracked object to the permanent generation, where collections ignore it.
import gc

class Node:
    pass

gc.collect()
a = Node()
a.me = a
del a
gc.freeze()
counts = gc.get_count()
print("count after freeze:", counts)
print("frozen objects exist:", gc.get_freeze_count() > 0)
print("collect finds nothing:", gc.collect())
