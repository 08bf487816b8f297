# The collector walks an owning frame object as _PyFrame_Traverse does: the function before the locals. Objects it
# reaches only through the frame go back to the young list in that order, which gc.get_objects shows.
import gc, sys
gc.disable()

def outer():
    def returns_own_frame():
        local = [1]
        return sys._getframe()
    return returns_own_frame()

fr = outer()
# Their ids only: a reference from a global would make them reachable on their own.
back_id, function_id, code_id, local_id = [id(o) for o in gc.get_referents(fr)]
gc.collect(0)
objects = gc.get_objects(1)
position = {name: next(i for i, o in enumerate(objects) if id(o) == wanted) for name, wanted in [("function", function_id), ("local", local_id)]}
print(sorted(position, key=position.get))
