# @dataclass basics: generated __init__/__repr__/__eq__, defaults, default_factory, __match_args__, __doc__, qualnames
from dataclasses import dataclass, field

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__match_args__, Point.__doc__)
print(Point.__hash__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__init__.__name__, Point.__init__.__defaults__, Point.__init__.__kwdefaults__)
print(Point.__init__.__annotations__)
print(Point.__init__.__code__.co_varnames, Point.__init__.__code__.co_filename)
print(Point.__repr__.__wrapped__.__qualname__)
print(Point.y, "x" in Point.__dict__)

@dataclass
class Inventory:
    items: list = field(default_factory=list)
    owner: str = "nobody"
    count: int = field(default=0, repr=False)

a = Inventory()
b = Inventory()
a.items.append("apple")
print(a, b, a.items is b.items)
print(Inventory.__doc__)
print(Inventory.__init__.__defaults__)
print(sorted(Inventory.__init__.__code__.co_freevars))
print(hasattr(Inventory, "items"), Inventory.count)

@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), Empty.__match_args__, Empty.__doc__)

@dataclass
class WithDoc:
    """My own doc."""
    a: float = 1.5
print(WithDoc.__doc__, WithDoc())
print(repr(Point(-1, 10**20)))
