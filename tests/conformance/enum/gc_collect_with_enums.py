# gc.collect() with enum classes around: members and classes survive, a class made in a function is collected
import gc
from enum import Enum

class Color(Enum):
    RED = 1

gc.collect()
print(gc.collect(), Color.RED.value)

def make():
    class Temporary(Enum):
        A = 1
        B = 2
    return Temporary.A.value

print(make())
found = gc.collect()
print(found > 0, gc.collect())
print(Color.RED is Color(1))
