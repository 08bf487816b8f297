# Allocations of a class call with __new__: super().__new__'s argument tuples, the keyword-name tuple, the staticmethod in the class dict
import gc

class Tracked:
    def __new__(cls, *args, **kwargs):
        global inside_new
        inside_new = gc.get_count()
        return super().__new__(cls)
    def __init__(self, *args, **kwargs):
        global inside_init
        inside_init = gc.get_count()

class Direct:
    def __new__(cls, x):
        global inside_new
        inside_new = gc.get_count()
        return object.__new__(cls)

results = []
gc.collect()
t = Tracked()
results.append(("Tracked()", inside_new, inside_init, gc.get_count()))
gc.collect()
t = Tracked(1, 2)
results.append(("Tracked(1, 2)", inside_new, inside_init, gc.get_count()))
gc.collect()
t = Tracked(1, k=2)
results.append(("Tracked(1, k=2)", inside_new, inside_init, gc.get_count()))
gc.collect()
d = Direct(5)
results.append(("Direct(5)", inside_new, gc.get_count()))
gc.collect()
o = object.__new__(Direct)
results.append(("object.__new__(Direct)", gc.get_count()))
for r in results:
    print(*r)

class Temp:
    def __new__(cls):
        return super().__new__(cls)
    def __init_subclass__(cls):
        pass
    def __class_getitem__(cls, item):
        return item
print(type(Temp.__dict__["__init_subclass__"]).__name__, type(Temp.__dict__["__class_getitem__"]).__name__)
gc.collect()
del Temp
print("collected with the class:", gc.collect())
