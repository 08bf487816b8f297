# weakref.proxy forwards attributes, methods, operators, len/iter/in and subscripts to its referent, holding it meanwhile
import sys
import weakref


class Vec:
    def __init__(self, *items):
        self.items = list(items)

    def total(self):
        return sum(self.items), sys.getrefcount(self)

    @property
    def size(self):
        return len(self.items), sys.getrefcount(self)

    def __len__(self):
        print("  __len__ sees", sys.getrefcount(self))
        return len(self.items)

    def __iter__(self):
        print("  __iter__ sees", sys.getrefcount(self))
        return iter(self.items)

    def __contains__(self, x):
        print("  __contains__ sees", sys.getrefcount(self))
        return x in self.items

    def __getitem__(self, i):
        print("  __getitem__ sees", sys.getrefcount(self))
        return self.items[i]

    def __setitem__(self, i, v):
        print("  __setitem__ sees", sys.getrefcount(self))
        self.items[i] = v

    def __delitem__(self, i):
        print("  __delitem__ sees", sys.getrefcount(self))
        del self.items[i]

    def __add__(self, other):
        print("  __add__ sees", sys.getrefcount(self), type(other).__name__)
        return Vec(*self.items, other)

    def __radd__(self, other):
        print("  __radd__ sees", sys.getrefcount(self))
        return Vec(other, *self.items)

    def __iadd__(self, other):
        print("  __iadd__ sees", sys.getrefcount(self))
        self.items.append(other)
        return self

    def __neg__(self):
        print("  __neg__ sees", sys.getrefcount(self))
        return Vec(*[-x for x in self.items])

    def __eq__(self, other):
        print("  __eq__ sees", sys.getrefcount(self), type(other).__name__)
        return isinstance(other, Vec) and self.items == other.items

    def __lt__(self, other):
        print("  __lt__ sees", sys.getrefcount(self))
        return len(self.items) < other

    def __bool__(self):
        print("  __bool__ sees", sys.getrefcount(self))
        return bool(self.items)

    def __str__(self):
        print("  __str__ sees", sys.getrefcount(self))
        return "Vec" + str(self.items)

    __hash__ = object.__hash__


v = Vec(1, 2, 3)
p = weakref.proxy(v)
print("counts:", sys.getrefcount(v), sys.getrefcount(p), weakref.getweakrefcount(v))
print("type:", type(p), type(p).__name__, p.__class__.__name__)
print("isinstance:", isinstance(p, Vec), isinstance(p, weakref.ProxyType), isinstance(p, weakref.ProxyTypes))
print("callable:", callable(p), p is weakref.proxy(v))
print("attribute:", p.items)
print("method:", p.total())
print("property:", p.size)
print("len:", len(p))
print("list:", list(p))
print("for:", [x * 10 for x in p])
print("in:", 2 in p)
print("getitem:", p[0])
p[0] = 7
del p[2]
print("after setitem/delitem:", v.items)
w = p + 4
print("add:", w.items, type(w).__name__)
w = 0 + p
print("radd:", w.items)
q = p
q += 9
print("iadd gives the referent:", q is v, type(q).__name__, v.items)
del q
print("neg:", (-p).items)
print("eq:", p == v, p == p, p != 3)
print("lt:", p < 10)
print("bool:", bool(p), "yes" if p else "no")
print("str:", str(p))
print(f"format: {p}")
p.label = "fwd"
print("setattr:", v.label, p.label)
del p.label
print("delattr:", hasattr(v, "label"), hasattr(p, "label"))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    {p: 1}
except TypeError as e:
    print("TypeError:", e)
try:
    p()
except TypeError as e:
    print("TypeError:", e)
r = repr(p)
print("repr:", r.startswith("<weakproxy at 0x"), r.split(" ")[3:5], r.endswith(">"))
print("sizes:", sys.getsizeof(p), sys.getsizeof(weakref.ref(v)))
print("counts after:", sys.getrefcount(v), sys.getrefcount(p), weakref.getweakrefcount(v))
