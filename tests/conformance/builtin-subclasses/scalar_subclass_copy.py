# copy.copy and copy.deepcopy of int, float and str subclass instances: __getnewargs__'s exact value through copyreg.__newobj__, the __dict__ as state, a __new__ with two parameters failing as in CPython; refcounts of the class and state
import copy
import sys


class I(int):
    pass


class S(str):
    pass


class F(float):
    pass


for v in (I(3), S("x"), F(1.5), I(2**80)):
    for fn in (copy.copy, copy.deepcopy):
        r = fn(v)
        print(type(r).__name__, r, r is v, r == v)
print((5).__getnewargs__(), "ab".__getnewargs__(), (1.5).__getnewargs__(), type(I(7).__getnewargs__()[0]).__name__, type(S("q").__getnewargs__()[0]).__name__)

i = I(4)
i.tags = ["a"]
print(sys.getrefcount(I), sys.getrefcount(i.tags))
c = copy.copy(i)
d = copy.deepcopy(i)
print(c, c.tags, c.tags is i.tags, d.tags, d.tags is i.tags, sys.getrefcount(I), sys.getrefcount(i.tags))
del c, d
print(sys.getrefcount(I), sys.getrefcount(i.tags))


class Slim(S):
    __slots__ = ()


print(type(copy.copy(Slim("z"))).__name__, copy.deepcopy([Slim("z"), Slim("z")]))
shared = F(2.0)
pair = copy.deepcopy([shared, shared])
print(pair[0] is pair[1], pair[0] is shared, type(pair[0]).__name__)


class Money(int):
    def __new__(cls, amount, currency):
        obj = super().__new__(cls, amount)
        obj.currency = currency
        return obj


m = Money(5, "USD")
try:
    copy.copy(m)
except TypeError as e:
    print("TypeError:", e)


class Temp(float):
    def __new__(cls, value=0.0):
        return super().__new__(cls, value)

    def __getnewargs__(self):
        return (float(self) * 2,)


t = Temp(1.5)
t.unit = "C"
t2 = copy.copy(t)
print(t2, t2.unit, type(t2).__name__)
