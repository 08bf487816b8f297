# Dict view set operators that call a set method of METH_VARARGS (difference_update, intersection) pack its argument tuple
import gc
d = {1: 2}
s = {1, 2}
gc.collect()
y = d.keys() & s
print(gc.get_count(), y)
gc.collect()
y = d.keys() - [1]
print(gc.get_count(), y)
gc.collect()
y = s - d.keys()
print(gc.get_count(), y)
gc.collect()
y = [1, 5] - d.keys()
print(gc.get_count(), y)
gc.collect()
y = d.items() - {(1, 2)}
print(gc.get_count(), y)
gc.collect()
y = d.keys() & {5}
print(gc.get_count(), y)
gc.collect()
y = d.keys() & [1, 3]
print(gc.get_count(), y)
gc.collect()
y = {1: 0, 2: 0, 3: 0}.keys() & s
print(gc.get_count(), y)
gc.collect()
y = d.keys() | s
print(gc.get_count(), y)
