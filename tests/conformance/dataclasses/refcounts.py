# Reference counts around dataclasses: defaults held by the class, the Field and __init__.__defaults__; values held by instances
import sys
from dataclasses import dataclass, field, fields, replace

class Token:
    pass

shared = Token()
print("before", sys.getrefcount(shared))

@dataclass
class Holder:
    value: object = shared
    other: object = field(default=shared)

print("after decorating", sys.getrefcount(shared))
print(Holder.value is shared, Holder.other is shared, Holder.__init__.__defaults__ == (shared, shared))
h = Holder()
print("one instance", sys.getrefcount(shared))
h2 = Holder(Token())
print("instance value", sys.getrefcount(h2.value))
t = Token()
h3 = Holder(t, t)
print("twice", sys.getrefcount(t))
del h3
print("after del", sys.getrefcount(t))
print("instance", sys.getrefcount(h))

@dataclass
class Watcher:
    item: object
    def __post_init__(self):
        print("in post_init: self", sys.getrefcount(self), "item", sys.getrefcount(self.item))

w = Watcher(Token())
t2 = Token()
w2 = Watcher(t2)
print("after", sys.getrefcount(t2), sys.getrefcount(w2))

class Loud:
    def __repr__(self):
        print("repr sees", sys.getrefcount(self))
        return "Loud()"

@dataclass
class Wrap:
    inner: object
wl = Wrap(Loud())
print(repr(wl))
print(wl == Wrap(wl.inner), sys.getrefcount(wl.inner))
r = replace(wl)
print(sys.getrefcount(wl.inner), r.inner is wl.inner)
f = fields(Wrap)[0]
print("field", sys.getrefcount(f))
del r, f
print(sys.getrefcount(wl.inner))
