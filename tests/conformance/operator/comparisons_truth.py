# operator's comparison, identity, truth and membership functions: user __eq__/__lt__, reflected operands, NotImplemented.
import operator

class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print("eq", self.n)
        return isinstance(other, Version) and self.n == other.n
    def __lt__(self, other):
        print("lt", self.n)
        return self.n < other.n
    def __len__(self):
        return self.n

a, b = Version(1), Version(2)
print(operator.lt(a, b), operator.gt(a, b), operator.eq(a, Version(1)), operator.ne(a, b))
print(operator.le(1, 2), operator.ge(2, 2), operator.eq("x", "x"), operator.ne([1], [1]))
print(operator.not_(a), operator.not_(Version(0)), operator.truth([]), operator.truth("x"))
print(operator.is_(None, None), operator.is_not(a, b), operator.is_(a, a))
print(operator.contains([1, 2, 3], 2), operator.contains("abc", "d"), operator.contains({"k": 1}, "k"))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf("hello", "l"), operator.countOf([a, b, a], a))
print(list(map(operator.eq, [1, 2, 3], [1, 0, 3])))
print(sorted([3, 1, 2], key=operator.neg))
