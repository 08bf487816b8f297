# "{}".format(s) and "%s" % s hand back s itself when it is the whole result (the string writer keeps a lone str)
import sys
s = "".join(["wor", "ld"])
print(sys.getrefcount(s))
t = "{}".format(s)
print(t is s, sys.getrefcount(s))
u = "%s" % s
print(u is s, sys.getrefcount(s))
del t, u
print("{0}".format(s) is s, "{x}".format(x=s) is s, "{:}".format(s) is s, "{!s}".format(s) is s, "%s" % (s,) is s)
print("{}!".format(s) is s, "{:>3}".format(s) is s, "{!r}".format(s) is s, "%5s" % s is s, "<%s>" % s is s)
print("{}{}".format(s, "") is s, "{}".format(5) == "5", "{[0]}".format([s]) is s, "{0.real}".format(3) == "3")
class Name:
    def __init__(self, text): self.text = text
n = Name(s)
print("{0.text}".format(n) is s, "{}".format(n.text) is s, "{n}".format_map({"n": s}) is s)
class Sub(str):
    pass
sub = Sub("sub")
print(type("{}".format(sub)).__name__, "{}".format(sub) is sub, type("%s" % sub).__name__, "%s" % sub is sub)
print(sys.getrefcount(s))
