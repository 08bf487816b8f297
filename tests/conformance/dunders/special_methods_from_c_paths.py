# special methods run from len(), repr(), str() and f-strings: counts, temporaries, errors
import sys, gc
class T:
    def __init__(self, tag, n=3):
        self.tag = tag
        self.n = n
    def __len__(self):
        print("len", self.tag, sys.getrefcount(self))
        return self.n
    def __repr__(self):
        print("repr", self.tag, sys.getrefcount(self))
        return f"T({self.tag})"
    def __str__(self):
        print("str", self.tag, sys.getrefcount(self))
        return "t-" + self.tag
    def __del__(self):
        print("del", self.tag)
t = T("a")
for i in range(10):
    print(len(t), repr(t), str(t), f"{t!r}|{t!s}|{t}")
print(len(T("temp1")))
print(repr(T("temp2")))
print(str(T("temp3")))
print(f"{T('temp4')}")
print(f"{T('temp5')!r}")
print(f"{T('temp6')!s:>10}")
print(f"{T('temp7'):}")
class Bad:
    def __init__(self, r):
        self.r = r
    def __len__(self):
        return self.r
    def __repr__(self):
        return self.r
    def __str__(self):
        return self.r
    def __del__(self):
        print("del Bad", type(self.r).__name__)
for r in (-1, "x", 2**70, 1.5, None):
    for op in (len, repr, str, lambda o: f"{o}", lambda o: f"{o!r}"):
        try:
            print(op(Bad(r)))
        except Exception as e:
            print(type(e).__name__, e)
class Raises:
    def __len__(self):
        raise KeyError("len")
    def __repr__(self):
        raise ValueError("repr")
    def __del__(self):
        print("del Raises")
for op in (len, repr, str, lambda o: f"{o}", lambda o: f"{o!r}"):
    try:
        op(Raises())
    except Exception as e:
        print(type(e).__name__, e, e.__traceback__.tb_next is not None)
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(str(OnlyRepr()), f"{OnlyRepr()}", f"{OnlyRepr()!s}", "%s" % OnlyRepr(), format(OnlyRepr()))
gc.collect()
before = gc.get_count()
s = f"{t}"
print(gc.get_count()[0] - before[0])
class Fmt:
    def __format__(self, spec):
        return "fmt" + spec
    def __str__(self):
        return "strFmt"
print(f"{Fmt()}", f"{Fmt():x}", f"{Fmt()!s}")
class E(Exception):
    pass
print(f"{E('boom')}", str(E("b2")), repr(E("b3")))
