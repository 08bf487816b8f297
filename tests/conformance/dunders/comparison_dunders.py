# Rich comparisons, reflected comparisons and NotImplemented.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents
    def __le__(self, other):
        return self.cents <= other.cents
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __repr__(self):
        return f"Money({self.cents})"

a, b = Money(100), Money(250)
print(a < b, a > b, a <= b, a >= b, a == Money(100), a != b)
print(sorted([b, a, Money(5)]), max(a, b))
print(a == 100)
a < 100
