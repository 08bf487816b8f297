# A builtin type's own comparison, hash, repr and str slots called unbound: set.__eq__ compares sets, range.__repr__ is range's
cases = [
    ("set.__eq__", lambda: set.__eq__({1}, {1})),
    ("set.__ne__", lambda: set.__ne__({1}, {2})),
    ("set.__eq__ list", lambda: set.__eq__({1}, [1])),
    ("frozenset.__eq__", lambda: frozenset.__eq__(frozenset({1}), {1})),
    ("frozenset.__hash__", lambda: frozenset.__hash__(frozenset()) == hash(frozenset())),
    ("str.__str__", lambda: str.__str__("abc")),
    ("str.__repr__", lambda: str.__repr__("abc")),
    ("type.__repr__", lambda: type.__repr__(int)),
    ("int.__repr__", lambda: int.__repr__(5)),
    ("float.__repr__", lambda: float.__repr__(1.5)),
    ("list.__eq__", lambda: list.__eq__([1], [1])),
    ("list.__lt__", lambda: list.__lt__([1], [2])),
    ("list.__eq__ tuple", lambda: list.__eq__([1], (1,))),
    ("tuple.__eq__", lambda: tuple.__eq__((1,), (1,))),
    ("tuple.__lt__", lambda: tuple.__lt__((1,), (2,))),
    ("dict.__eq__", lambda: dict.__eq__({1: 2}, {1: 2})),
    ("dict.__ne__", lambda: dict.__ne__({}, {1: 1})),
    ("dict.__repr__", lambda: dict.__repr__({1: 2})),
    ("list.__repr__", lambda: list.__repr__([1])),
    ("tuple.__repr__", lambda: tuple.__repr__((1,))),
    ("int.__eq__", lambda: int.__eq__(1, 1)),
    ("int.__eq__ float", lambda: int.__eq__(1, 1.0)),
    ("int.__lt__", lambda: int.__lt__(1, 2)),
    ("float.__eq__", lambda: float.__eq__(1.0, 1)),
    ("str.__eq__", lambda: str.__eq__("a", "a")),
    ("str.__eq__ int", lambda: str.__eq__("a", 1)),
    ("str.__lt__", lambda: str.__lt__("a", "b")),
    ("bytes.__eq__", lambda: bytes.__eq__(b"a", b"a")),
    ("int.__hash__", lambda: int.__hash__(5)),
    ("str.__hash__", lambda: str.__hash__("") == hash("")),
    ("float.__hash__", lambda: float.__hash__(1.5) == hash(1.5)),
    ("tuple.__hash__", lambda: tuple.__hash__(()) == hash(())),
    ("bool.__repr__", lambda: bool.__repr__(True)),
    ("bool.__and__", lambda: bool.__and__(True, False)),
    ("int.__bool__", lambda: int.__bool__(0)),
    ("float.__bool__", lambda: float.__bool__(0.5)),
    ("range.__eq__", lambda: range.__eq__(range(3), range(0, 3))),
    ("range.__repr__", lambda: range.__repr__(range(2))),
    ("slice.__repr__", lambda: slice.__repr__(slice(1))),
    ("object.__ne__", lambda: object.__ne__(1, 1)),
    ("object.__eq__", lambda: object.__eq__(1, 1)),
    ("int.__str__", lambda: int.__str__(3)),
    ("list.__init__", lambda: list.__init__([1, 2])),
    ("dict.__init__", lambda: dict.__init__({})),
    ("set.__init__", lambda: set.__init__(set(), [1])),
]
for name, fn in cases:
    try:
        print(name, fn())
    except Exception as e:
        print(name, "->", type(e).__name__, e)
more = [
    ("slice.__eq__", lambda: slice.__eq__(slice(1, 2), slice(1, 2))),
    ("slice.__lt__", lambda: slice.__lt__(slice(1, 2), slice(1, 3))),
    ("dict.__lt__", lambda: dict.__lt__({}, {})),
    ("range.__lt__", lambda: range.__lt__(range(1), range(2))),
    ("complex.__eq__", lambda: complex.__eq__(1j, 1j)),
    ("complex.__eq__ int", lambda: complex.__eq__(1 + 0j, 1)),
    ("complex.__lt__", lambda: complex.__lt__(1j, 2j)),
    ("complex.__repr__", lambda: complex.__repr__(1 + 2j)),
    ("complex.__hash__", lambda: complex.__hash__(1 + 2j) == hash(1 + 2j)),
    ("bytes.__lt__", lambda: bytes.__lt__(b"a", b"b")),
    ("bytes.__eq__ bytearray", lambda: bytes.__eq__(b"a", bytearray(b"a"))),
    ("bytearray.__eq__ bytes", lambda: bytearray.__eq__(bytearray(b"a"), b"a")),
    ("bytes.__repr__", lambda: bytes.__repr__(b"x'")),
    ("bytearray.__repr__", lambda: bytearray.__repr__(bytearray(b"q"))),
    ("bytes.__hash__", lambda: bytes.__hash__(b"ab") == hash(b"ab")),
    ("range.__hash__", lambda: range.__hash__(range(3)) == hash(range(0, 3))),
    ("set.__repr__", lambda: set.__repr__({1})),
    ("frozenset.__repr__", lambda: frozenset.__repr__(frozenset({2}))),
    ("set.__le__ frozenset", lambda: set.__le__({1}, frozenset({1, 2}))),
    ("set.__eq__ wrong self", lambda: set.__eq__([1], {1})),
]
for name, fn in more:
    try:
        print(name, fn())
    except Exception as e:
        print(name, "->", type(e).__name__, e)
class FS(frozenset):
    def __hash__(self):
        return super().__hash__() + 1
    def __repr__(self):
        return "FS:" + super().__repr__()
    def __eq__(self, other):
        print("FS.__eq__")
        return super().__eq__(other)
fs = FS({1, 2})
print(hash(fs) == hash(frozenset({1, 2})) + 1, repr(fs), fs == {1, 2}, fs != frozenset({3}))
class M(type):
    def __repr__(cls):
        return "M:" + type.__repr__(cls)
class K(metaclass=M):
    pass
print(repr(K))
