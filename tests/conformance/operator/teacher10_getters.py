# operator itemgetter/attrgetter/methodcaller: results, reprs, refcounts and errors
import operator as op, sys
from collections import namedtuple

P = namedtuple("P", "name age city")
ps = [P("al", 30, "x"), P("bo", 20, "y"), P("cy", 30, "a")]
g1 = op.itemgetter(1)
g2 = op.itemgetter(0, 2)
print(g1(ps[0]), g2(ps[0]), repr(g1), repr(g2))
ag = op.attrgetter("age", "name")
print(sorted(ps, key=ag), repr(ag))
class Box:
    def __init__(self, inner):
        self.inner = inner
b = Box(Box(Box(42)))
deep = op.attrgetter("inner.inner.inner")
print(deep(b), repr(deep))
mc = op.methodcaller("replace", "a", "o", 1)
print(mc("banana"), repr(mc))
mk = op.methodcaller("split", sep=",", maxsplit=1)
print(mk("a,b,c"), repr(mk))
key = "payload"
d = {key: [1, 2]}
getter = op.itemgetter(key)
val = getter(d)
print(sys.getrefcount(val), sys.getrefcount(getter))
print(list(map(op.itemgetter(-1), ["ab", "cd"])), op.itemgetter(slice(1, 3))("hello"))
try:
    op.itemgetter(5)([1])
except IndexError as e:
    print("IndexError", e)
try:
    op.attrgetter("missing")(b)
except AttributeError as e:
    print("AttributeError", e)
try:
    op.methodcaller()
except TypeError as e:
    print("TypeError", e)
try:
    op.attrgetter(1)
except TypeError as e:
    print("TypeError", e)
print(op.length_hint([1, 2, 3]), op.index(7), op.concat([1], [2]), op.contains("abc", "b"))
print(op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.truth([]), op.is_not(None, 0))
x = [1, 2]
y = op.iadd(x, [3])
print(x is y, x, op.ipow(2, 5), op.neg(3), op.inv(5), op.getitem({1: "a"}, 1))
op.setitem(x, 0, "z"); op.delitem(x, 1)
print(x, op.xor(6, 3), op.lshift(1, 4), op.matmul.__name__)
