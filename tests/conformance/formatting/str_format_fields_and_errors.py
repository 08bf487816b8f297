# str.format by unicode_format.h: attribute and item fields, nested specs, conversions, numbering rules and CPython's errors
class P:
    x = 5
    def __format__(self, spec): return "P" + spec
d = {"k": [10, 20], 3: "three"}
print("{0}{1}{0}".format("a", "b"), "{}{}".format(1, 2), "{name}!".format(name="n"), "{0[k][1]} {0[3]}".format(d), "{.x}".format(P()))
print("{:>{w}.{p}f}".format(3.14159, w=10, p=2), "{!r:^10}".format("s"), "{!a}".format("é"), "{0:{1}}".format(P(), "spec"), "{{}} {}".format(1))
print("{:,}".format(1234567), "{:_x}".format(0xfffff), "{:=+8}".format(-5), "{:*<8}".format("ab"), "{:08.3e}".format(123.456), "{:n}".format(1234), "{:%}".format(0.5), "{:.2%}".format(1/3))
for bad in ["{", "}", "{0} {}", "{} {0}", "{1}", "{x}", "{0[}", "{:d}", "{!z}", "{0.}", "{:=s}"]:
    try:
        print(repr(bad), bad.format("v"))
    except (ValueError, IndexError, KeyError, TypeError, AttributeError) as error:
        print(repr(bad), type(error).__name__, error)
print(format(12.5, "08.2f"), format("x", "^5"), format(True, "d"), format(True), format(3, "b"), format(-0.0, "g"), format(1e100, ".3"))
import sys


class Holder:
    def __init__(self):
        self.inner = [object()]

    def __format__(self, spec):
        return "held %d" % sys.getrefcount(self)


h = Holder()
print("{0} {0.inner[0].__class__.__name__}".format(h), "{h}".format(h=h), "{:x}".format(h))
print("{a[x]}".format_map({"a": {"x": 1}}))
import gc
gc.disable()
counts = []
for make in [lambda: "{} {}".format(1, 2), lambda: "{a}".format(a=1), lambda: "{a}".format_map({"a": 1}), lambda: format(h, ""), lambda: f"{h}"]:
    make()  # once first: the free lists then hold what the call leaves there (their startup state varies)
    before = gc.get_count()[0]
    make()
    counts.append(gc.get_count()[0] - before)
print(counts)
