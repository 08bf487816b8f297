# Methods, properties, classmethods and staticmethods defined on an enum, and members with tuple values
from enum import Enum

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

    def describe(self):
        return f'{self.name.title()} weighs {self.mass:.3e} kg'

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

    @staticmethod
    def unit():
        return 'kg'

for p in Planet:
    print(p, p.value, round(p.surface_gravity, 2), p.describe())
print(Planet.heaviest(), Planet.unit(), Planet.EARTH.unit())
print(Planet((5.976e+24, 6.37814e6)) is Planet.EARTH)
print(sorted(vars(Planet.EARTH)))

class Shape(Enum):
    SQUARE = 4
    TRIANGLE = 3

    def __str__(self):
        return self.name.lower()

    def sides(self):
        return self.value

print(str(Shape.SQUARE), repr(Shape.SQUARE), f'{Shape.TRIANGLE}', Shape.TRIANGLE.sides())
