"""The rows of docs/version-profiles.md's table, as this interpreter answers them.

Usage: python3 scripts/version-probe.py   (with PYTHONHASHSEED=0 and an environment of its own, as the
conformance suite runs python3). Pyodide runs it too: its sizes are a 32-bit platform's.
"""
import gc
import sys

rc = sys.getrefcount


def row(label, value):
    print(f"{label}: {value}")


row("getrefcount(None)", rc(None))
row("getrefcount(5), getrefcount(())", (rc(5), rc(())))
interned = "interned_name"
row("count of an interned str constant", rc(interned))


def argument(a):
    return rc(a)


x = [1, 2]
row("getrefcount(a) inside f(a)", argument(x))


class Plain:
    def method(self):
        return rc(self)


obj = Plain()
row("getrefcount(self) in a method", obj.method())


def comprehension_item():
    return [rc(item) for item in [object()]][0]


row("getrefcount of a list comprehension's item", comprehension_item())
row("code running a list comprehension", [sys._getframe().f_code.co_name for _ in [0]][0])
row("getsizeof(instance)", sys.getsizeof(obj))
obj.a = 1
obj.b = 2
row("getsizeof(instance.__dict__), two attributes", sys.getsizeof(obj.__dict__))
row("getsizeof('abc')", sys.getsizeof("abc"))
row("getsizeof(function)", sys.getsizeof(argument))
row("getsizeof(frame)", sys.getsizeof(sys._getframe()))


def generator():
    yield 1


row("getsizeof(generator)", sys.getsizeof(generator()))
row("gc.get_threshold()", gc.get_threshold())


class Node:
    def __init__(self):
        self.other = None


first, second = Node(), Node()
first.other, second.other = second, first
del first, second
row("gc.collect() after a 2-cycle of instances", gc.collect())
row("gc.is_tracked({})", gc.is_tracked({}))
before = gc.get_count()[0]
lists = [[] for _ in range(10)]
row("generation 0 count added by 11 lists", gc.get_count()[0] - before)
appended = []
sizes = []
for i in range(5):
    appended.append(i)
    sizes.append(sys.getsizeof(appended))
row("list sizes as it is appended to", sizes)
