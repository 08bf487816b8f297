# An object freed after gc.freeze() leaves the permanent generation; gc.unfreeze() moves the rest to the oldest.
import gc

kept = [1]
dropped = [2]
gc.freeze()
before = gc.get_freeze_count()
del dropped
print("freeing one frozen list shrinks the count by:", before - gc.get_freeze_count())
gc.unfreeze()
print("count after unfreeze:", gc.get_freeze_count())
print("kept is tracked in generation 2:", gc.is_tracked(kept), any(o is kept for o in gc.get_objects(2)))
