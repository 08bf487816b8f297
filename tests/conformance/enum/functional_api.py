# The functional API: Enum('Name', 'A B C'), lists of names, pairs and mappings, start= and type=
from enum import Enum, IntEnum, Flag

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal.__name__, Animal.__module__, repr(Animal))
Shape = Enum('Shape', ['CIRCLE', 'SQUARE'], start=10)
print([(s.name, s.value) for s in Shape])
Pair = Enum('Pair', [('LEFT', 'l'), ('RIGHT', 'r')])
print(Pair('l'), Pair.RIGHT.value)
Mapped = IntEnum('Mapped', {'LOW': 1, 'HIGH': 9})
print(Mapped.HIGH + 1, repr(Mapped.LOW))
Commas = Enum('Commas', 'X, Y,Z')
print([c.name for c in Commas])
Perms = Flag('Perms', 'R W X')
print(Perms.R | Perms.X, [p.value for p in Perms])
Typed = Enum('Typed', 'ONE TWO', type=int)
print(Typed.TWO + 0, isinstance(Typed.ONE, int))
