# str.format and % hand back a str they were given whole when nothing else is written (empty fields skipped, the last piece kept), including what __str__, __repr__ or __format__ returned; repr() and ascii() return __repr__'s str itself
import sys
s = "".join(["wor", "ld"])
e = ""
class Named:
    def __init__(self, name): self.name = name
    def __str__(self): return self.name
    def __repr__(self): return self.name
    def __format__(self, spec): return self.name
n = Named(s)
d = {"n": s, "e": e, "o": n}
print("{}{}".format("", s) is s, "{}{}{}".format(e, e, s) is s, "{}{}".format(s, "") is s, "{}{}{}".format(e, s, e) is s)
print("%(n)s" % d is s, "%(e)s%(n)s" % d is s, "%(n)s%(e)s" % d is s, "%(n)s%%" % d is s, "%(o)s" % d is s, "%(o)r" % d is s)
print("%s" % n is s, "%r" % n is s, "%a" % n is s, "%+s" % s is s, "% s" % s is s, "%.9s" % s is s, "%-3s" % s is s)
print("{}".format(n) is s, "{!r}".format(n) is s, "{!a}".format(n) is s, "{:xyz}".format(n) is s, "{0}{1}".format(e, n) is s)
print(repr(n) is s, ascii(n) is s, f"{n!r}" is s, f"{n!a}" is s, f"{n}" is s, format(n) is s, str(n) is s)
print("{:{}}".format(s, "") is s, "{:>3}".format(s) is s, "{:>9}".format(s) is s, "{:.2}".format(s))
class Accent:
    def __repr__(self): return "caf\u00e9"
print(ascii(Accent()), "%a" % Accent(), "{!a}".format(Accent()))
print(sys.getrefcount(s))
t = "{}{}".format(e, s)
u = "%(n)s" % d
print(sys.getrefcount(s))
del t, u
print(sys.getrefcount(s))
print("{}".format(True) is str(True), "{}".format(7), "{:3}".format(True), "{!r}".format(True) is repr(True))
class BadRepr:
    def __repr__(self): return 5
for bad in [lambda: repr(BadRepr()), lambda: "%r" % BadRepr(), lambda: "{!r}".format(BadRepr()), lambda: ascii(BadRepr())]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class Sub(str):
    pass
sub = Sub("hello")
for r in ["{:>3}".format(sub), "{}".format(sub), format(sub, ">3"), f"{sub:>3}", "%s" % sub, "%3s" % sub, "{!s}".format(sub), f"{sub!s:>2}", sub.__format__(">2"), sub.__format__("")]:
    print(type(r).__name__, r is sub, end="; ")
print()
