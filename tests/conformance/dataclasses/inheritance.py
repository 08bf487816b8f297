# Dataclass inheritance: fields in base order, overridden defaults, super().__post_init__, non-dataclass bases
from dataclasses import dataclass, field, fields

@dataclass
class Animal:
    name: str
    legs: int = 4

@dataclass
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True

b = Bird("robin")
print(b, [f.name for f in fields(b)])
print(Bird.__match_args__, Bird.__doc__)
print(isinstance(b, Animal), b == Animal("robin", 2), Animal("x") == Animal("x"))

class Mixin:
    def describe(self):
        return f"I am {self!r}"

@dataclass
class Dog(Mixin, Animal):
    breed: str = "mutt"
print(Dog("rex").describe())

@dataclass
class Base:
    x: int
    def __post_init__(self):
        print("Base post init", self.x)

@dataclass
class Child(Base):
    y: int = 0
    def __post_init__(self):
        super().__post_init__()
        print("Child post init", self.y)
Child(1, 2)

@dataclass
class Override(Base):
    def __repr__(self):
        return "custom"
print(Override(5), Override.__repr__.__qualname__)

class Plain:
    z: int = 3

@dataclass
class FromPlain(Plain):
    w: int = 1
print(FromPlain(), [f.name for f in fields(FromPlain)])

@dataclass
class Shadow(Animal):
    name: str = "anon"
print(Shadow(), Shadow.__init__.__defaults__)
