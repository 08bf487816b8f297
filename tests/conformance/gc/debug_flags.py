# gc.set_debug keeps every flag (get_debug, DEBUG_LEAK); DEBUG_COLLECTABLE reports each unreachable object on stderr before finalizers run; gc's argument errors
import gc
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE)
print(gc.get_debug())
gc.collect()
class A:
    def __del__(self):
        print("del A")
a = A(); a.me = a
l = []; l.append(l)
del a, l
print(gc.collect())
gc.set_debug(0)
print(gc.get_debug())
for args in [(), (1, 2, 3, 4)]:
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print(e)
try:
    gc.get_objects(3)
except ValueError as e:
    print(e)
print(len(gc.get_objects(-1)) > 0)
try:
    gc.collect(3)
except ValueError as e:
    print(e)
import sys
print("end", file=sys.stderr)
