# %s, %r and %a of exact ints write the digits straight: identity of one-character results, bools, subclasses, widths
import gc
class I(int):
    def __str__(self): return "I!"
    def __repr__(self): return "IR"
for fmt in ("%s", "%r", "%a", "%5s", "%.1s", "%-3s|", "x%sy"):
    for v in (5, 12, True, I(3), 2**70, -4):
        r = fmt % v
        print(repr(fmt), repr(r), r is "5", r is str(v))
print(("%s" % 5) is "5", ("%s" % (5,)) is "5", ("%r" % 7) is "7")
s = "%s" % 12345
print(s, type(s).__name__)
big = 10 ** 5000
try:
    "%s" % big
except ValueError as e:
    print("ValueError", str(e)[:40])
