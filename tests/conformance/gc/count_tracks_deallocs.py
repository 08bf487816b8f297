# Allocating tracked instances raises gen 0's count and freeing them lowers it; floats never change it.
import gc

class Node:
    pass

gc.collect()
start = gc.get_count()[0]
first = Node()
second = Node()
third = Node()
after_alloc = gc.get_count()[0]
del first, second
after_free = gc.get_count()[0]
ratio = 1.5
scaled = ratio * 3.0
after_floats = gc.get_count()[0]
print("after 3 instances:", after_alloc - start)
print("after freeing 2:", after_free - start)
print("after floats:", after_floats - start)
