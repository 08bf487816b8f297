# Operations that leave an immutable object unchanged return that object itself (t[:], s.strip(), +i, str(s)...), so `is` holds and its count grows
import sys
s = "hello world"
w = "abc"
print("strip", s.strip() is s, s.lstrip() is s, s.rstrip("z") is s, s.strip("xyz") is s, " a ".strip() == "a")
print("pad", s.ljust(3) is s, s.rjust(11) is s, s.center(0) is s, s.zfill(5) is s, s.ljust(12) is s)
print("expandtabs", s.expandtabs() is s, "a\tb".expandtabs() == "a       b")
print("replace", s.replace("z", "q") is s, s.replace("o", "q", 0) is s, s.replace("o", "o") is s, s.replace("o", "0") is s)
print("split", w.split()[0] is w, w.split(",")[0] is w, w.rsplit(",")[0] is w, w.rsplit()[0] is w, w.split(None, 0)[0] is w, "a,b".split(",", 0)[0] == "a,b")
print("lines", w.splitlines()[0] is w, (w + "\n").splitlines(True)[0] == w + "\n", (w + "\n").splitlines()[0] is w)
print("partition", w.partition(",")[0] is w, w.rpartition(",")[2] is w, "a,b".partition(",")[1] == ",")
print("prefix", s.removeprefix("z") is s, s.removesuffix("z") is s, s.removeprefix("h") is s)
print("format", format(s) is s, format(s, "") is s, f"{s}" is s, f"{s!s}" is s, f"{s!r}" is s, f"{s:>3}" is s)
print("join", "".join([s]) is s, ",".join([s]) is s, "".join((s,)) is s, "".join([s, ""]) is s)
print("str", str(s) is s, s * 1 is s, s + "" is s, "" + s is s, s[:] is s, s[::1] is s, s[::-1] is s, s[-100:100] is s)
print("case", w.lower() is w, w.swapcase() is w, w.casefold() is w)
t = (1, 2, 3)
print("tuple", t[:] is t, t[0:3] is t, t[::1] is t, t[::-1] is t, t[-10:10] is t, t[2:1] is ())
print("tuple ops", t * 1 is t, 1 * t is t, t * 0 is (), t + () is t, () + t is t, tuple(t) is t, t + (4,) is t)
i = 10**20
n = -10**20
f = 1.5
print("int", +i is i, abs(i) is i, abs(n) is n, -(-i) is i, int(i) is i, i * 1 is i, i + 0 is i, i.real is i)
print("float", +f is f, abs(f) is f, float(f) is f, f.real is f, type(True.real).__name__, +True)
fs = frozenset([1, 2])
print("frozenset", frozenset(fs) is fs, fs.copy() is fs, frozenset(set(fs)) is fs)
class Named:
    label = "named"
    def __str__(self):
        return Named.label
    def __format__(self, spec):
        return Named.label + spec
o = Named()
print("str()", str(o) is Named.label, f"{o}" is Named.label, format(o) is Named.label, f"{o!s}" is Named.label, format(o, "x") is Named.label)
before = sys.getrefcount(t)
copies = [t[:], t * 1, t + (), tuple(t)]
print("counts", sys.getrefcount(t) - before)
del copies
print("after", sys.getrefcount(t) - before)
