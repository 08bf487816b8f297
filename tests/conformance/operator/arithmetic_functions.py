# operator's function forms of the arithmetic, bitwise and unary operators give what the syntax gives, user dunders included.
import operator

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))
    def __radd__(self, other):
        return Money(other + self.cents)
    def __neg__(self):
        return Money(-self.cents)
    def __iadd__(self, other):
        self.cents += other
        return self
    def __repr__(self):
        return f"Money({self.cents})"

print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 5), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.pow(2, 10), operator.lshift(1, 5), operator.rshift(64, 2), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.neg(5), operator.pos(-5), operator.inv(5), operator.invert(0), operator.abs(-7.5), operator.index(7))
print(operator.add("ab", "cd"), operator.mul([0], 3), operator.add((1,), (2,)), operator.mod("%s-%s", ("a", "b")))
print(operator.add(Money(5), Money(7)), operator.add(10, Money(1)), operator.neg(Money(3)))
m = Money(1)
r = operator.iadd(m, 4)
print(r is m, m)
x = [1]
y = operator.iadd(x, [2, 3])
print(y is x, x)
t = (1,)
u = operator.iadd(t, (2,))
print(u is t, t, u)
s = operator.isub({1, 2, 3}, {2})
print(s, operator.imul("ab", 2), operator.ior({1: 2}, {3: 4}), operator.ifloordiv(9, 2), operator.ipow(3, 3))
print(operator.__add__ is operator.add, operator.__not__ is operator.not_, operator.__and__ is operator.and_)
print(operator.add, operator.itemgetter)
print(sum(map(operator.mul, [1, 2, 3], [4, 5, 6])))
