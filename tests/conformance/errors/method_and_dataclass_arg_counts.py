# wrong argument counts for methods, classmethods, staticmethods, and dataclass constructors: whole tracebacks
from dataclasses import dataclass
class Shop:
    def __init__(self, name, city="x"):
        self.name = name
    def sell(self, item, qty):
        return item * qty
    @classmethod
    def open(cls, name):
        return cls(name)
    @staticmethod
    def tax(amount, *, rate=0.2):
        return amount * rate
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
calls = [
    lambda: Shop(),
    lambda: Shop("a", "b", "c"),
    lambda: Shop("a").sell(1),
    lambda: Shop("a").sell(1, 2, 3),
    lambda: Shop.sell(1, 2),
    lambda: Shop.open(),
    lambda: Shop.open("a", "b"),
    lambda: Shop.tax(),
    lambda: Shop.tax(1, 2),
    lambda: Shop.tax(1, rat=3),
    lambda: Shop("a", name="b"),
    lambda: Item(),
    lambda: Item("a"),
    lambda: Item("a", 1, 2, 3),
    lambda: Item("a", 1, colour="red"),
    lambda: Item("a", 1, name="b"),
    lambda: Shop("a").sell(item=1, qty=2, extra=3),
    lambda: Shop.open(cls=Shop, name="x"),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
Shop("z").sell(qty=1)
