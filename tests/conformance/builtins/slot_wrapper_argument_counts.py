# object's slot wrappers count their arguments as the wrap_* functions do, and an unbound one names the descriptor
class A: pass
a = A()
g = (i for i in range(2))
calls = [
    ("a.__eq__()", lambda: a.__eq__()),
    ("object.__repr__(a, 1)", lambda: object.__repr__(a, 1)),
    ("a.__setattr__('x')", lambda: a.__setattr__("x")),
    ("a.__delattr__()", lambda: a.__delattr__()),
    ("a.__hash__(1)", lambda: a.__hash__(1)),
    ("object.__eq__()", lambda: object.__eq__()),
    ("a.__init__(1, 2)", lambda: a.__init__(1, 2)),
    ("a.__eq__(a)", lambda: a.__eq__(a)),
    ("a.__ne__(1, 2)", lambda: a.__ne__(1, 2)),
    ("a.__getattribute__()", lambda: a.__getattribute__()),
    ("a.__str__(1)", lambda: a.__str__(1)),
    ("g.__next__(1)", lambda: g.__next__(1)),
    ("ValueError().__str__(1)", lambda: ValueError().__str__(1)),
    ("ValueError().__repr__()", lambda: ValueError("v").__repr__()),
]
for text, call in calls:
    try:
        print(text, "->", call())
    except TypeError as e:
        print(text, "-> TypeError:", e)
