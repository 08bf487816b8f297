# a state machine with match/case over dataclasses
from dataclasses import dataclass
import sys

@dataclass
class Coin:
    value: int
@dataclass
class Push:
    pass
@dataclass
class Refund:
    reason: str = "asked"

class Turnstile:
    def __init__(self):
        self.state = "locked"
        self.credit = 0
        self.log = []
    def handle(self, event):
        match (self.state, event):
            case ("locked", Coin(value=v)) if v + self.credit >= 25:
                self.credit = 0
                self.state = "unlocked"
            case ("locked", Coin(value=v)):
                self.credit += v
            case ("locked", Push()):
                self.log.append("alarm")
            case ("unlocked", Push()):
                self.state = "locked"
            case ("unlocked", Coin(v)):
                self.log.append(f"thanks for {v}")
            case (_, Refund(reason=r)) if self.credit:
                self.log.append(f"refund {self.credit} ({r})")
                self.credit = 0
            case (state, other):
                self.log.append(f"ignored {type(other).__name__} in {state}")
        return self.state

Coin.__match_args__ = ("value",)
t = Turnstile()
events = [Push(), Coin(10), Refund(), Coin(10), Coin(20), Push(), Coin(5), Push(), Refund("late"), "junk", Coin(30)]
for ev in events:
    print(f"{ev!r:>22} -> {t.handle(ev)}")
print(t.log)
c = Coin(7)
print(sys.getrefcount(c))
match c:
    case Coin(value=7 | 8 as n):
        print("seven or eight", n, sys.getrefcount(c))
match {"kind": "coin", "value": 3, "extra": 1}:
    case {"kind": "coin", **rest}:
        print("rest", rest)
match [1, 2, 3, 4]:
    case [first, *middle, last]:
        print(first, middle, last, sys.getsizeof(middle))
