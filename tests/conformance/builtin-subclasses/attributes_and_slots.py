# Instance attributes of list and dict subclasses: a __dict__ made by the first attribute, __weakref__, __slots__ without either
import weakref


class Tagged(list):
    kind = "tagged"

    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag


t = Tagged([1, 2], "mine")
print(t, t.tag, t.kind, t.__dict__, hasattr(t, "missing"), getattr(t, "missing", "default"))
t.tag = "changed"
t.extra = 3
print(vars(t), t.__dict__ is t.__dict__)
del t.extra
print(t.__dict__)
try:
    del t.extra
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.nothing
except AttributeError as e:
    print("AttributeError:", e)
r = weakref.ref(t)
print(r() is t, weakref.getweakrefcount(t))
t.__dict__ = {"replaced": True}
print(t.__dict__, t.replaced, t)


class Tight(list):
    __slots__ = ("size",)


k = Tight([1])
k.size = 1
print(k, k.size)
try:
    k.other = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    weakref.ref(k)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref([])
except TypeError as e:
    print("TypeError:", e)


class Record(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        self[name] = value


rec = Record(x=1)
rec.y = 2
print(rec, rec.x, rec.y, rec.__dict__)
try:
    rec.z
except AttributeError as e:
    print("AttributeError:", e)
