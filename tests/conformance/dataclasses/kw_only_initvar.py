# kw_only (decorator, field, KW_ONLY marker), InitVar pseudo-fields passed to __post_init__, init=False fields
from dataclasses import dataclass, field, fields, KW_ONLY, InitVar

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int
print(Options(level=3), Options.__match_args__, Options.__doc__)
try:
    Options(1)
except TypeError as e:
    print(e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
print(Mixed(1, c=3), Mixed.__match_args__, Mixed.__doc__)
print(Mixed.__init__.__kwdefaults__, Mixed.__init__.__defaults__)
print([(f.name, f.kw_only) for f in fields(Mixed)])

@dataclass
class Flag:
    x: int
    y: int = field(default=5, kw_only=True)
    z: int = 0
print(Flag(1, 2, y=3), Flag.__doc__)

@dataclass
class Account:
    owner: str
    balance: float = field(init=False, default=0.0)
    secret: InitVar[str] = "none"
    log: list = field(init=False, default_factory=list)
    def __post_init__(self, secret):
        self.log.append(f"opened by {self.owner} with {secret!r}")

acc = Account("ann", "pw")
print(acc, acc.log, acc.balance)
print([f.name for f in fields(acc)])
print(Account.__dataclass_fields__["secret"]._field_type, Account.secret)
print(Account.__doc__, Account.__match_args__)
print(InitVar[int], InitVar[list[int]], type(InitVar[str]).__name__)
try:
    Account("bob", balance=3)
except TypeError as e:
    print(e)

@dataclass
class NeedsInit:
    value: InitVar[int]
    doubled: int = field(init=False)
    def __post_init__(self, value):
        self.doubled = value * 2
n = NeedsInit(21)
print(n, hasattr(n, "value"))

@dataclass
class SelfField:
    self: int
    other: str = "o"
s = SelfField(1)
print(s, SelfField.__init__.__code__.co_varnames)

@dataclass(init=False)
class Manual:
    x: int
    def __init__(self, value):
        self.x = value + 1
print(Manual(1), Manual.__doc__)

@dataclass(repr=False, eq=False, match_args=False)
class Bare:
    x: int
b = Bare(1)
print(type(b).__repr__ is object.__repr__, hasattr(Bare, "__match_args__"), b == Bare(1))
