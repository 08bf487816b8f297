# gc.get_count() across the functional API (called in a function) and lookups of a functional enum, and gc.collect() freeing one
import gc
from enum import Enum, IntEnum

def measure(label, make):
    gc.collect()
    before = gc.get_count()
    result = make()
    after = gc.get_count()
    print(label, after[0] - before[0])
    return result

Animal = measure('names', lambda: Enum('Animal', 'ANT BEE CAT'))
Level = measure('pairs', lambda: IntEnum('Level', [('LOW', 1), ('HIGH', 2)]))
Mapping = measure('mapping', lambda: Enum('Mapping', {'A': 'a', 'B': 'b'}))
found = measure('lookups', lambda: [Animal(2), Animal['CAT'], Animal.ANT, Level(1)])
print(found, Level.HIGH + 0, Mapping('b'))
del Animal, found
print(gc.collect() > 0)
