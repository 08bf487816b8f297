# A list or dict subclass instance dies as subtype_dealloc says: its __del__, then weakref callbacks, then its __dict__, then its items
import weakref


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Tracked(list):
    def __del__(self):
        print("Tracked.__del__", len(self), list(self.__dict__))


class Table(dict):
    def __del__(self):
        print("Table.__del__", len(self))


t = Tracked([Loud("item0"), Loud("item1"), Loud("item2")])
t.attr = Loud("attr")
t.other = Loud("other")
ref = weakref.ref(t, lambda r: print("weakref callback", r() is None))
print("deleting t")
del t
print("after t")

tab = Table(a=Loud("value a"), b=Loud("value b"))
tab[Loud("key")] = Loud("value of key")
tab.note = Loud("note")
ref2 = weakref.ref(tab, lambda r: print("callback 2"))
print("deleting tab")
del tab
print("after tab")


class Plain(list):
    pass


p = Plain([Loud("p0"), Loud("p1")])
p.extra = Loud("extra")
print("rebinding p")
p = None
print("after p")

q = Tracked([Loud("q0")])
q.clear()
print("cleared q")
q.extend([Loud("q1"), Loud("q2")])
q.__init__([Loud("q3")])
print("reinitialised q")
del q
print("end")
