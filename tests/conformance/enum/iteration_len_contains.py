# Iterating over an enum class gives its members in definition order (aliases skipped); len, in, reversed, list
from enum import Enum

class Planet(Enum):
    MERCURY = 1
    VENUS = 2
    EARTH = 3
    TERRA = 3
    MARS = 4

print(len(Planet))
for p in Planet:
    print(p.name, p.value)
print(list(reversed(Planet)))
print(Planet.EARTH in Planet, Planet.TERRA in Planet)
print([p.name for p in Planet if p.value % 2])
print(sorted(Planet, key=lambda p: -p.value))
print(dict.fromkeys(Planet, 0))
print(bool(Planet), Planet.MARS.value in [p.value for p in Planet])
