# "..." % (a, b) with only %s/%r/%a and a tuple display is compiled as an f-string (ast_opt.c's optimize_format): no tuple, each item formatted in place
import gc, sys
class Loud:
    def __init__(self, name): self.name = name
    def __str__(self):
        print("  __str__ sees", sys.getrefcount(self))
        return self.name
    def __repr__(self): return "Loud(" + self.name + ")"
a = Loud("a")
s = "".join(["wor", "ld"])
print("%s" % (a,))
print("%s and %r" % (a, a))
t = (a,)
print("%s" % t)
print("%s" % a)
gc.collect()
before = gc.get_count()
x = "<%s|%s>" % (s, s)
after = gc.get_count()
y = "<%d|%s>" % (1, s)
later = gc.get_count()
print(before, after, later, x, y)
print("%s" % (s,) is s, "%s%%" % (s,) is s, "%5s" % (s,) is s, "%-9s|" % (s,), "%.3s" % (s,), "%05s" % (s,) is s)
print("%+s" % (s,) is s, "% s" % (s,) is s, "%#s" % (s,) is s, "%+s" % s is s, "%.2r" % (s,), "%a" % ("é",))
print("%99s" % (s,) == "%99s" % s, "%100s" % (s,) == "%100s" % s)
print("%s%s" % ("", s) is s, "%s" % ("x",), "%s" % (*[s],) is s)
z = f"plain text"
w = "plain text"
print(z is w, sys.getrefcount(w))
for bad in [lambda: "%s %s" % (s,), lambda: "%s" % (s, s), lambda: "%d" % (s,), lambda: "%(k)s" % (s,), lambda: "%s %c" % (s, s)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
def broken():
    class Bad:
        def __str__(self): raise ValueError("no str")
    return "[%s]" % (Bad(),)
try:
    broken()
except ValueError as e:
    print(e, e.__traceback__.tb_next.tb_lineno)
