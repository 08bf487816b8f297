# tp_traverse walks an instance's values, and a split dict's, in the class's keys order: gc.get_referents
# shows it, and the collector moves objects it reaches back to the young list in that order, which is the
# order a later collection finalizes them in.
import gc

gc.disable()


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __repr__(self):
        return self.name


class A:
    pass


first = A()
first.p = 1
first.q = 2
first.r = 3

a = A()
a.r = Loud("ar")
a.p = Loud("ap")
a.q = Loud("aq")
print("instance", gc.get_referents(a))
d = a.__dict__
print("instance with dict", [type(o).__name__ for o in gc.get_referents(a)])
print("split dict", gc.get_referents(d), list(d))
d.popitem()
print("combined after popitem", gc.get_referents(d), list(d))
del a, d

class S:
    __slots__ = ("b", "a", "__dict__")

s = S()
s.y = Loud("sy")
s.a = Loud("sa")
s.x = Loud("sx")
s.b = Loud("sb")
print("slots first", gc.get_referents(s))
del s

p = Loud("p")
q = Loud("q")
r = Loud("r")
h = A()
h.r = r
h.q = q
h.p = p
h.me = h
del p, q, r
gc.collect()
del h
print("collected", gc.collect())

p = Loud("dp")
q = Loud("dq")
r = Loud("dr")
h = A()
h.r = r
h.q = q
h.p = p
h.me = h
hd = h.__dict__
del p, q, r, hd
gc.collect()
del h
print("collected", gc.collect())
print("end")
