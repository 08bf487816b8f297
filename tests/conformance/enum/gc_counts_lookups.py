# gc.get_count() around lookups: attribute, item and value lookups allocate nothing lasting; a Flag composite does once
import gc
from enum import Enum, Flag

class Color(Enum):
    RED = 1
    GREEN = 2

class Bits(Flag):
    A = 1
    B = 2

gc.collect()
before = gc.get_count()
x = Color.RED
y = Color['GREEN']
z = Color(1)
after = gc.get_count()
print(after[0] - before[0])
before = gc.get_count()
both = Bits.A | Bits.B
after = gc.get_count()
print(after[0] - before[0])
before = gc.get_count()
again = Bits.A | Bits.B
after = gc.get_count()
print(after[0] - before[0], again is both)
before = gc.get_count()
names = [c.name for c in Color]
after = gc.get_count()
print(after[0] - before[0], names)
