# Collecting classes: weakref callbacks, __del__ of instances in the same garbage, DEBUG_SAVEALL and get_referents.
import gc
import weakref

gc.collect()

class Watched:
    pass

ref = weakref.ref(Watched, lambda r: print("class callback ran"))
del Watched
print("collected:", gc.collect(), ref())


class Node:
    def __del__(self):
        print("__del__ of", type(self).__name__)


def cycle():
    class Local(Node):
        pass
    a = Local()
    a.self = a


cycle()
print("collected:", gc.collect())

class Inspect:
    x = 1

print([type(o).__name__ for o in gc.get_referents(Inspect)])
print(gc.is_tracked(Inspect), gc.is_tracked(Inspect()))
gc.set_debug(gc.DEBUG_SAVEALL)
del Inspect
print("saved:", gc.collect(), sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print("after clearing gc.garbage:", gc.collect())
