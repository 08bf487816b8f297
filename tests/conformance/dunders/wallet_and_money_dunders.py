# dunder methods: __repr__, __eq__, __hash__, __len__, __getitem__, __iter__, __contains__, __add__, __lt__
import functools
@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents / 100:.2f})"
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __hash__(self):
        return hash(self.cents)
    def __lt__(self, other):
        return self.cents < other.cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __radd__(self, other):
        return self if other == 0 else NotImplemented
    def __bool__(self):
        return self.cents != 0
class Wallet:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __contains__(self, m):
        return m in self.items
w = Wallet(Money(150), Money(99), Money(0))
print(len(w), w[0], w[-1], Money(99) in w)
print(sum(w), sorted(w), max(w), Money(1) >= Money(1))
print([bool(m) for m in w], {Money(5), Money(5)}, list(reversed(w)))
print(w[1:], [m for m in w if m])
