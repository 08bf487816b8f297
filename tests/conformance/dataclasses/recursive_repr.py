# The generated __repr__ through dataclasses' recursive_repr: '...' for an instance met again, field reprs in order
from dataclasses import dataclass, field

@dataclass
class Tree:
    label: str
    kids: list = field(default_factory=list)
    parent: object = field(default=None, repr=False)

root = Tree("root")
root.kids.append(Tree("leaf", parent=root))
root.kids.append(root)
print(root)
print(repr(root.kids[0]))

@dataclass
class Pair:
    left: object = None
    right: object = None
p = Pair()
p.left = p
p.right = [p, Pair(p)]
print(p)
print(str(p) == repr(p), f"{p!s:.10}")

@dataclass
class Quoted:
    text: str
    num: float
    flag: bool
    nothing: object = None
print(Quoted("it's \"x\"", 1e100, True), [Quoted("a", -0.0, False)])

class Boom:
    def __repr__(self):
        raise ValueError("no repr")

@dataclass
class Holds:
    thing: object
try:
    repr(Holds(Boom()))
except ValueError as e:
    print("ValueError", e)
print(Holds(1))

@dataclass
class Outer:
    name: str
    class Inner:
        pass
@dataclass
class Local:
    v: int
def make():
    @dataclass
    class InFunction:
        v: int
    return InFunction(3)
print(make(), type(make()).__qualname__, Local(2))
