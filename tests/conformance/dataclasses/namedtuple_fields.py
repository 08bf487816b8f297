# asdict() and astuple() rebuild namedtuple field values as their own type (recursing into them); repr of namedtuple fields
from collections import namedtuple
from dataclasses import dataclass, asdict, astuple
P = namedtuple("P", "x y")
@dataclass
class C:
    p: P
    items: list
c = C(P(1, [2]), [P(3, 4)])
d = asdict(c)
print(d, type(d["p"]).__name__, astuple(c))
print(c)
