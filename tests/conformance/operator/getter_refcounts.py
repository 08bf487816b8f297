# What itemgetter, attrgetter and methodcaller hold: the item (one) or the whole argument tuple (several), names, args and keywords.
import sys
from operator import itemgetter, attrgetter, methodcaller

key = ["k"]
print(sys.getrefcount(key))
g1 = itemgetter(key)
print(sys.getrefcount(key))
g2 = itemgetter(key, key)
print(sys.getrefcount(key))
del g1
print(sys.getrefcount(key))
del g2
print(sys.getrefcount(key))

arg = [1, 2]
kwval = {"deep": True}
mc = methodcaller("count", arg)
print(sys.getrefcount(arg))
mc2 = methodcaller("format", arg, spec=kwval)
print(sys.getrefcount(arg), sys.getrefcount(kwval))
del mc, mc2
print(sys.getrefcount(arg), sys.getrefcount(kwval))

class Box:
    pass
b = Box()
b.inner = Box()
b.inner.value = ["v"]
ag = attrgetter("inner.value")
v = ag(b)
print(v is b.inner.value, sys.getrefcount(b.inner.value), sys.getrefcount(b.inner))
pair = itemgetter(0, 1)
data = [["a"], ["b"]]
t = pair(data)
print(t, sys.getrefcount(data[0]), type(t).__name__)
del t
print(sys.getrefcount(data[0]))
one = itemgetter(1)
print(one(data) is data[1], sys.getrefcount(data[1]))
