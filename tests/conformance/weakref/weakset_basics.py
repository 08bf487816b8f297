# weakref.WeakSet: Lib/_weakrefset.py's objects (data set of weakrefs with _remove callbacks); add/discard/remove/in/len/iteration; items vanish when they die
import weakref, sys, gc

class Item:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Item(" + self.name + ")"
    def __del__(self):
        print("del", self.name)

def counted(label, make):
    gc.collect()
    before = gc.get_count()[0]
    result = make()
    after = gc.get_count()[0]
    print(label, after - before)
    return result

ws = counted("WeakSet()", lambda: weakref.WeakSet())
print(repr(ws), type(ws).__name__, type(ws).__module__, sys.getsizeof(ws), len(ws), bool(ws))
print(ws.data, ws._pending_removals, ws._iterating, ws._remove.__qualname__, ws._remove.__name__, type(ws._remove.__defaults__[0]).__name__)
a, b, c = Item("a"), Item("b"), Item("c")
counted("add a", lambda: ws.add(a))
counted("add a again", lambda: ws.add(a))
ws.add(b)
ws.add(c)
print(len(ws), a in ws, Item("temp") in ws, 1 in ws, [] in ws, bool(ws))
print(sys.getrefcount(a), weakref.getweakrefcount(a), type(next(iter(ws.data))).__name__)
print(sorted(x.name for x in ws))
counted("discard b", lambda: ws.discard(b))
print(len(ws), b in ws)
ws.discard(b)
try:
    ws.remove(b)
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
try:
    ws.add(1)
except TypeError as e:
    print("TypeError", e)
try:
    ws.discard(1)
except TypeError as e:
    print("TypeError", e)
del c
print(len(ws), sorted(x.name for x in ws))

# Dying in a cycle: the collector clears the weakref and its callback discards it
class Node:
    def __init__(self):
        self.me = self
n = Node()
ws.add(n)
print(len(ws))
del n
print(gc.collect(), len(ws))

# WeakSet(iterable), copy, update, pop, clear
d, e = Item("d"), Item("e")
ws2 = counted("WeakSet([d, e])", lambda: weakref.WeakSet([d, e]))
ws3 = ws2.copy()
print(len(ws2), len(ws3), sorted(x.name for x in ws3))
ws3.update([a])
print(len(ws3))
popped = ws2.pop()
print(popped.name in ("d", "e"), len(ws2))
ws2.clear()
print(len(ws2))
try:
    ws2.pop()
except KeyError as ex:
    print("KeyError", ex)
del popped

# The set goes away without keeping its items; its weakrefs go with it
ws4 = weakref.WeakSet([a, d])
print(weakref.getweakrefcount(a))
del ws4
print(weakref.getweakrefcount(a))
try:
    hash(ws)
except TypeError as ex:
    print("TypeError", ex)
gc.collect()
f = Item("f")
ws.add(f)
before = gc.get_count()[0]
for x in ws:
    pass
del x
del f
print(len(ws), gc.collect())

# A WeakSet that is itself garbage, in a cycle with an item it holds weakly
class Holder:
    pass
h = Holder()
h.ws = weakref.WeakSet([h])
h.other = Item("other")
h.ws.add(h.other)
del h
print(gc.collect())

print(weakref.getweakrefcount(a), sys.getrefcount(a))
