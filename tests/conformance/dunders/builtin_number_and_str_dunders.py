# int, float and str dunders called directly ((5).__add__(3), int.__add__, 'a'.__lt__): NotImplemented for other types, as the slots answer; iterators' __next__; bool & | ^ stay bool at run time.
import gc, sys
tests = [
    lambda: (5).__add__(3), lambda: (5).__mul__(2), lambda: (5).__sub__(1), lambda: (5).__radd__(1), lambda: (7).__floordiv__(2),
    lambda: (5).__eq__(5), lambda: (5).__lt__(6), lambda: (5).__add__("a"), lambda: (2.5).__add__(1), lambda: (5).__neg__(),
    lambda: (5).__str__(), lambda: (5).__repr__(), lambda: (5).__hash__(), lambda: (5).__bool__(), lambda: (5).__int__(), lambda: (5).__float__(),
    lambda: (5).__abs__(), lambda: (5).__pow__(2), lambda: (5).__mod__(3), lambda: (5).__truediv__(2), lambda: (5).__index__(),
    lambda: "ab".__add__("c"), lambda: "a".__mul__(3), lambda: "abc".__len__(), lambda: "abc".__getitem__(1), lambda: "abc".__contains__("b"),
    lambda: "a".__eq__("a"), lambda: "a".__lt__("b"), lambda: "a".__hash__() == hash("a"), lambda: "x".__str__(), lambda: "x".__repr__(),
    lambda: "%s".__mod__(5), lambda: "a".__ne__("b"), lambda: "ab".__iter__().__next__(),
    lambda: [1, 2].__len__(), lambda: [1, 2].__getitem__(0), lambda: [1].__add__([2]), lambda: [1].__mul__(2), lambda: [1, 2].__contains__(2),
    lambda: [3].__eq__([3]), lambda: [1].__iter__().__next__(),
    lambda: (1, 2).__len__(), lambda: (1, 2).__getitem__(1), lambda: (1, 2).__contains__(1),
    lambda: {"a": 1}.__getitem__("a"), lambda: {"a": 1}.__len__(), lambda: {"a": 1}.__contains__("a"), lambda: {1}.__len__(),
    lambda: {1}.__contains__(1), lambda: range(5).__len__(), lambda: range(5).__getitem__(2),
    lambda: (5).__class__, lambda: "a".__class__.__name__, lambda: [].__class__.__mro__, lambda: True.__and__(False), lambda: (5).__divmod__(2),
    lambda: (5).__round__(), lambda: (2.567).__round__(1), lambda: (5).__format__("03"), lambda: (5).__sizeof__(),
    lambda: (3).__ge__(2.5), lambda: (3).__lt__(2.5), lambda: (1.5).__lt__(2), lambda: (3).__rsub__(10), lambda: (3).__rtruediv__(1),
    lambda: int.__add__(3, 4), lambda: str.__len__("abc"), lambda: list.__getitem__([5, 6], 1), lambda: dict.__getitem__({"k": 1}, "k"),
    lambda: object.__repr__(5)[:13], lambda: object.__eq__(1, 1), lambda: object.__ne__(1, 2), lambda: int.__eq__(1, 1.0),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
gc.collect()
a = 1000
b = 2000
c0 = gc.get_count()[0]
r1 = a.__add__(b)
c1 = gc.get_count()[0]
m = a.__add__
c2 = gc.get_count()[0]
r2 = int.__add__(a, b)
c3 = gc.get_count()[0]
r3 = (2.5).__round__()
c4 = gc.get_count()[0]
print(c1 - c0, c2 - c0, c3 - c0, c4 - c0, r1, r2, r3)
print(sys.getrefcount(a), m(5))
print(repr(m)[:30])
print(int.__add__, float.__lt__, str.__add__)
print(int.__round__, str.__format__)
print(True & False, True | False, True ^ True, False & 1, True & True, type(True & True))
x = True
x &= False
print(x, ~True, -True)
print((5).__round__(), True.__round__(), type(True.__round__()).__name__, (2.5).__round__(None), (15).__round__(-1), (5).__round__(2))
for f in [lambda: (5).__round__(None), lambda: (5).__format__(None), lambda: "a".__format__(1), lambda: (2.5).__format__(2)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
