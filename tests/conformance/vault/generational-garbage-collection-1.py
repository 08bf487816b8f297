#| title: Growing old in three steps
#| panels: source, heap, gc
import gc

class Box:
    pass

def generation_of(obj):
    for generation in range(3):
        if any(item is obj for item in gc.get_objects(generation)):
            return generation

box = Box()
print("a new object starts in generation", generation_of(box))
gc.collect(0)
print("after collect(0):", generation_of(box))
gc.collect(1)
print("after collect(1):", generation_of(box))
gc.collect(2)
print("after collect(2):", generation_of(box))
