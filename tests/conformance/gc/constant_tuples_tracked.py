# A code object's constant tuples are tracked until a collection finds they hold nothing it tracks, and a
# dict that receives one while it is tracked becomes tracked too.
import gc

def make():
    return (1, (2, 3))

pair = (1, 2)
built = tuple([1, 2])
holder = {"k": (7, 8)}
print(gc.is_tracked(pair), gc.is_tracked(built), gc.is_tracked(make()), gc.is_tracked(make()[1]), gc.is_tracked(holder), gc.is_tracked(()))
gc.collect(0)
print(gc.is_tracked(pair), gc.is_tracked(built), gc.is_tracked(make()), gc.is_tracked(make()[1]), gc.is_tracked(holder))
later = {"k": (9, 10)}
print(gc.is_tracked(later), gc.is_tracked((9, 10)))
