# The errors of operator's functions and types: argument counts, keywords, unsupported operands, non-sequences, bad names.
import operator
from operator import itemgetter, attrgetter, methodcaller

calls = [
    lambda: operator.add(1),
    lambda: operator.add(1, 2, 3),
    lambda: operator.add(1, "a"),
    lambda: operator.iadd(1, "a"),
    lambda: operator.neg("a"),
    lambda: operator.lt(1, "a"),
    lambda: operator.concat(1, 2),
    lambda: operator.concat([1], (2,)),
    lambda: operator.index("a"),
    lambda: operator.index(2.5),
    lambda: operator.length_hint(5, "x"),
    lambda: operator.contains(1, 2),
    lambda: operator.getitem(1, 2),
    lambda: operator.getitem([1], 5),
    lambda: operator.delitem({}, "x"),
    lambda: operator.indexOf([1, 2], 3),
    lambda: operator.countOf(5, 1),
    lambda: operator.truediv(1, 0),
    lambda: operator.not_(),
    lambda: itemgetter(),
    lambda: itemgetter(1, k=2),
    lambda: itemgetter(1)(),
    lambda: itemgetter(1)([1], [2]),
    lambda: itemgetter(1)(x=1),
    lambda: itemgetter(5)([1]),
    lambda: itemgetter("k")({}),
    lambda: itemgetter(0, 9)("ab"),
    lambda: attrgetter(),
    lambda: attrgetter(1),
    lambda: attrgetter("a", 2),
    lambda: attrgetter("real.imag.x")(1),
    lambda: attrgetter("upper", "nope")("s"),
    lambda: methodcaller(),
    lambda: methodcaller(1),
    lambda: methodcaller("upper")("a", "b"),
    lambda: methodcaller("upper")(),
    lambda: methodcaller("nope")("a"),
    lambda: methodcaller("split", 1)("a b"),
    lambda: methodcaller("upper")(obj="a"),
]
for call in calls:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(itemgetter(1)("xyz"), operator.index(True), type(operator.index(True)).__name__)
itemgetter(3)([1, 2])
