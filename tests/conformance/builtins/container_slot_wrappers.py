# The builtin containers' dunders called directly: list.__setitem__(l, i, x) and friends, their argument tuples and errors
import gc

l = [1, 2, 3]
list.__setitem__(l, 0, 5)
list.__delitem__(l, 1)
print(l, list.__getitem__(l, 0), list.__len__(l), list.__contains__(l, 3), l.__contains__(4))
l.__setitem__(slice(0, 1), ["a", "b"])
print(l, l.__len__(), l.__getitem__(slice(1, None)))
d = {}
dict.__setitem__(d, "k", 1)
d.__setitem__("j", 2)
print(d, dict.__getitem__(d, "k"), d.__contains__("j"), dict.__len__(d))
dict.__delitem__(d, "k")
print(d, tuple.__getitem__((1, 2), 1), tuple.__len__(()), str.__getitem__("abc", -1), "b" in "abc", str.__contains__("abc", "c"))

counts = []
gc.collect()
list.__setitem__(l, 0, 7)
counts.append(gc.get_count())
gc.collect()
l.__setitem__(0, 8)
counts.append(gc.get_count())
gc.collect()
setter = l.__setitem__
setter(0, 9)
counts.append(gc.get_count())
del setter
gc.collect()
list.__getitem__(l, 0)
counts.append(gc.get_count())
print(counts, l)

def attempt(label, f):
    try:
        print(label, "->", f())
    except (TypeError, IndexError, KeyError) as e:
        print(label, "->", type(e).__name__, e)

attempt("list.__setitem__(l, 0)", lambda: list.__setitem__(l, 0))
attempt("list.__setitem__((1,), 0, 1)", lambda: list.__setitem__((1,), 0, 1))
attempt("list.__len__(l, 1)", lambda: list.__len__(l, 1))
attempt("list.__setitem__(l, 10, 1)", lambda: list.__setitem__(l, 10, 1))
attempt("dict.__delitem__(d, 'zz')", lambda: dict.__delitem__(d, "zz"))
attempt("dict.__getitem__(d)", lambda: dict.__getitem__(d))
attempt("list.__getitem__(d, 0)", lambda: list.__getitem__(d, 0))
