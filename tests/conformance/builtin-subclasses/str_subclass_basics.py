# class CaseInsensitiveStr(str) with __eq__/__hash__, class Tag(str) as dict keys, str methods and operators giving exact strs, sizes of a non-compact str, refcounts, weakrefs
import gc
import sys
import weakref


class CaseInsensitiveStr(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())

    def __ne__(self, other):
        return not self == other


a = CaseInsensitiveStr("Hello")
print(a == "hello", a != "HELLO", a == "x", "hello" == a, {a: 1}.get(CaseInsensitiveStr("HELLO")), hash(a) == hash("hello"))
s = {CaseInsensitiveStr("A"), CaseInsensitiveStr("a"), CaseInsensitiveStr("b")}
print(len(s), sorted(s), a in ["HELLO"], a.lower(), type(a.lower()).__name__)


class Tag(str):
    pass


t = Tag("html")
d = {t: 1, "body": 2}
print(d["html"], d[Tag("body")], type(list(d)[0]).__name__, t.upper(), type(t.upper()).__name__, t + "!", len(t), t[1:3], "ht" in t, t == "html")
print(repr(t), str(t), type(str(t)).__name__, f"{t:>6}|", t.startswith("h"), t.split("t"), [c for c in Tag("ab")], type(list(Tag("ab"))[0]).__name__)
print(isinstance(t, str), type(t) is Tag, Tag("a") < Tag("b"), int(Tag("12")), float(Tag("1.5")), Tag(12), Tag(), str.__new__(Tag, b"ab", "utf-8"))

S = Tag
for r in (S("hi").strip(), S("hi").replace("z", "y"), S("hi").ljust(1), S("hi")[:], S("hi")[0], "".join([S("ab")]), S("ab") * 1, f"{S('ab')}", format(S("ab")), S("ab").lower(), S("ab").zfill(1), S("ab").expandtabs(), S("ab").partition("x")[0], S("ab").rpartition("x")[2], S("ab").removeprefix("z"), S("ab").format(), S("a").__str__(), S("ab") % (), S("ab") + "", "" + S("ab")):
    print(repr(r), type(r).__name__, end="; ")
print()

print(sys.getsizeof(t), sys.getsizeof(Tag("")), sys.getsizeof(Tag("abcé")), sys.getsizeof(Tag("ab€")), sys.getsizeof("html"))
print(gc.is_tracked(t), gc.is_tracked("html"), sys.getrefcount(t), Tag("a") is Tag("a"))
t.attrs = {"id": "main"}
print(vars(t), sys.getsizeof(t), sys.getsizeof(t.__dict__))
r = weakref.ref(t)
print(r() is t, r() == "html")
del t, d
print(r())


class Shouty(str):
    def __len__(self):
        return 42

    def __contains__(self, x):
        return x == "zz"

    def __getitem__(self, i):
        return "item"

    def __str__(self):
        return "SHOUT"


y = Shouty("abc")
print(len(y), "zz" in y, "a" in y, y[0], bool(Shouty("")), str(y), f"{y}", "%s" % y, repr(y), y + "!")
plain = "ab"
print(plain.format_map({}) is plain, plain.format() is plain, (plain % ()) is plain, type(Tag("ab").format_map({})).__name__, type(Tag("a{{").format_map({})).__name__, Tag("{a}").format_map({"a": 1}))
