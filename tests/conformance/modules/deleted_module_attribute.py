# A module attribute the program deleted is missing as CPython's AttributeError says, even one pymem models.
import gc, math
del gc.garbage
print(hasattr(gc, "garbage"), getattr(gc, "garbage", "gone"))
try:
    gc.garbage
except AttributeError as e:
    print(e)
del math.pi
try:
    del math.pi
except AttributeError as e:
    print(e)
math.pi = 3
print(math.pi)
del gc.collect
gc.collect()
