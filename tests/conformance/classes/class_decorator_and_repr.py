# A class decorator adds a method; __repr__ and __str__ differ.
def add_describe(cls):
    def describe(self):
        return f"<{cls.__name__} with {sorted(vars(self))}>"
    cls.describe = describe
    return cls

@add_describe
class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price
    def __repr__(self):
        return f"Item({self.name!r}, {self.price})"
    def __str__(self):
        return f"{self.name} at {self.price}"

i = Item("pen", 2)
print(i)
print(repr(i), [i], str(i), f"{i}", f"{i!r}")
print(i.describe())
