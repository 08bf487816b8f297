# fields(), asdict(), astuple(), replace(), is_dataclass() on nested dataclasses, lists, tuples and dicts
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, MISSING

@dataclass
class Item:
    name: str
    price: float

@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    pair: tuple = (1, 2)

o = Order(7, [Item("pen", 1.5), Item("ink", 4.0)], {"k": Item("cap", 0.5)})
print(asdict(o))
print(astuple(o))
print(asdict(o, dict_factory=lambda pairs: [k for k, v in pairs]))
print(astuple(Item("a", 1), tuple_factory=list))
d = asdict(o)
print(d["items"] is o.items, d["items"][0] == {"name": "pen", "price": 1.5})
print(repr(fields(Order)[1]).replace(repr(MISSING), 'MISSING'))
print([f.name for f in fields(o)], type(fields(o)).__name__)
print(is_dataclass(o), is_dataclass(Order), is_dataclass(3), is_dataclass(int))

p = replace(o, id=8)
print(p.id, p.items is o.items, p == o)
i2 = replace(Item("x", 1.0), price=2.0)
print(i2)
for bad in (lambda: replace(o, bogus=1), lambda: replace(5), lambda: asdict(Order), lambda: astuple(3), lambda: fields(3)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

@dataclass
class Counter:
    start: int
    total: int = field(init=False, default=0)
try:
    replace(Counter(1), total=5)
except ValueError as e:
    print("ValueError:", e)
print(replace(Counter(1), start=3))
f = fields(Item)[0]
print(f.name, f.type, f.default is MISSING, f.default_factory is MISSING, f.init, f.repr, f.hash, f.compare, f.kw_only, f.metadata)
print(Item.__dataclass_params__)
print(Order.__dataclass_fields__.keys())
