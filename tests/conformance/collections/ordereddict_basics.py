# OrderedDict: order-keeping methods, order-sensitive ==, reprs, views, sizes and error messages
import sys
from collections import OrderedDict

od = OrderedDict()
print(od, sys.getsizeof(od), od.__dict__)
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, len(od), list(od), sys.getsizeof(od))
od.move_to_end("b")
print(list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end("c", last=False)
print(od, od.keys(), od.values(), od.items())
print(od.popitem(), od.popitem(last=False), od)
od.update([("x", 1), ("y", 2)], z=3)
od.update({"w": 0})
print(od, od.setdefault("x", 9), od.setdefault("q", 7), od.pop("w"), od.pop("nope", None))
print(list(reversed(od)), list(reversed(od.items())), "x" in od, od.get("y"))
del od["q"]
print(od, od["y"])
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(OrderedDict(a=1) != OrderedDict(a=1), dict(OrderedDict(a=1)) == {"a": 1}, OrderedDict([(1, 2)]) == OrderedDict([(1, 2)]))
c = od.copy()
print(type(c).__name__, c, c == od, c is od)
sizes = []
for i in range(12):
    c[i] = i
    sizes.append(sys.getsizeof(c))
print(sizes)
while c:
    c.popitem()
print(sys.getsizeof(c))
c.clear()
print(sys.getsizeof(c), sys.getsizeof(OrderedDict(a=1)), sys.getsizeof(OrderedDict.fromkeys("ab") if False else OrderedDict(b=1, a=2)))
od.tag = "t"
print(od.tag, od.__dict__)
rec = OrderedDict()
rec["me"] = rec
print(rec)
print(type(iter(od)).__name__, type(od.keys()).__name__, type(od.items()).__name__, sys.getsizeof(iter(od)))
print(isinstance(od, dict), OrderedDict.__mro__, OrderedDict.__module__)

def attempt(f):
    try:
        f()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)

attempt(lambda: OrderedDict().popitem())
attempt(lambda: OrderedDict().move_to_end("k"))
attempt(lambda: OrderedDict().move_to_end())
attempt(lambda: OrderedDict()["k"])
attempt(lambda: OrderedDict({}, {}))
attempt(lambda: OrderedDict([1]))
attempt(lambda: OrderedDict([(1, 2, 3)]))
attempt(lambda: OrderedDict([(1,)]))
attempt(lambda: OrderedDict().update(1, 2))
attempt(lambda: OrderedDict().pop())
attempt(lambda: OrderedDict().popitem(1, 2))
attempt(lambda: OrderedDict() < OrderedDict())
attempt(lambda: hash(OrderedDict()))
attempt(lambda: OrderedDict().nothing)
it = iter(od)
next(it)
od["new"] = 1
attempt(lambda: next(it))
it = iter(od)
od.move_to_end("x")
attempt(lambda: next(it))
