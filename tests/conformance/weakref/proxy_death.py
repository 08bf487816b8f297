# A proxy's referent dies: ReferenceError, callbacks newest first (refs and proxies alike), list order of getweakrefs, cycles
import gc
import sys
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("  __del__", self.name)


def kinds(obj):
    # A proxy forwards __callback__ to its referent: only a ref's own callback can be read.
    return [type(w).__name__ + ("" if type(w) in weakref.ProxyTypes or w.__callback__ is None else "+cb") for w in weakref.getweakrefs(obj)]


def report(tag):
    def callback(w):
        print("  callback", tag, type(w).__name__, sys.getrefcount(w))
    return callback


n = Node("a")
p1 = weakref.proxy(n, report("p1"))
r1 = weakref.ref(n, report("r1"))
p0 = weakref.proxy(n)
r0 = weakref.ref(n)
p2 = weakref.proxy(n, report("p2"))
print("list:", kinds(n), weakref.getweakrefcount(n))
print("shared:", weakref.proxy(n) is p0, weakref.ref(n) is r0, weakref.proxy(n, None) is p0)
print("head:", type(n.__weakref__).__name__)
print("counts:", sys.getrefcount(n), sys.getrefcount(p0), sys.getrefcount(p1))
print("name through proxies:", p0.name, p1.name, p2.name)
del n
print("dead ref:", r0(), r1())
for p in (p0, p1, p2):
    try:
        p.name
    except ReferenceError as e:
        print("ReferenceError:", e)
for probe in (len, str, bool, lambda q: q == 1, lambda q: q + 1, lambda q: q[0], lambda q: iter(q)):
    try:
        probe(p0)
    except ReferenceError as e:
        print("ReferenceError again:", e)
r = repr(p0)
print("dead repr:", r.split(" ")[3:5])
print("dead proxy counts:", sys.getrefcount(p0), sys.getsizeof(p0))
del p, p0, p1, p2, r0, r1

# A cycle: the proxies' callbacks run during the collection, newest first.
a = Node("b")
b = Node("c")
a.other = b
b.other = a
pa = weakref.proxy(a, report("pa"))
pb1 = weakref.proxy(b, report("pb1"))
pb2 = weakref.proxy(b, report("pb2"))
print("cycle list:", kinds(b))
del a, b
found = gc.collect()
print("collected:", found)
for p in (pa, pb1, pb2):
    try:
        p.other
    except ReferenceError as e:
        print("after collection:", e)
del p

# A proxy to a dead object keeps nothing alive, and dies as any object.
n = Node("d")
holder = [weakref.proxy(n, report("held"))]
del n
print("held proxy:", type(holder[0]).__name__, sys.getrefcount(holder[0]))
holder.clear()
print("done")
