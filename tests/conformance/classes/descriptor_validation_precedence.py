# descriptors: __get__/__set__/__set_name__, data vs non-data precedence, validation errors
class Positive:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"

class Item:
    price = Positive()
    qty = Positive()
    label = NonData()
    def __init__(self, price, qty):
        self.price = price
        self.qty = qty

it = Item(3, 4)
print(it.price, it.qty, vars(it))
print(it.label)
it.__dict__["label"] = "from instance"
print(it.label)
it.__dict__["price"] = 999
print(it.price)
print(type(Item.price).__name__)
try:
    it.qty = -1
except ValueError as e:
    print("ValueError:", e)
class RO:
    def __get__(self, obj, t):
        return 42
    def __delete__(self, obj):
        raise AttributeError("can't delete ro")
class H:
    x = RO()
h = H()
try:
    h.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del h.x
except AttributeError as e:
    print("AttributeError:", e)
Item(0, 1)
